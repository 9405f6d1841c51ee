namespace Infra.Vault;

/// <summary>
/// A connection of a database engine (<c>{mount}/config/{name}</c>): plugin, URL template, the admin credentials Vault uses (password always secret; Vault never returns it) and the roles allowed to use it. Mount, name and plugin replace it. ID = that path; import with it.
/// </summary>
public sealed class DatabaseConnection : CustomResource
{
    /// <summary>The resource type token.</summary>
    public const string TypeToken = "vault:index/databaseConnection:DatabaseConnection";

    /// <summary>Creates the resource.</summary>
    public DatabaseConnection(string name, DatabaseConnectionArgs args, ResourceOptions? options = null)
        : base(TypeToken, name, args, options)
    {
        ConnectionName = GetOutput<string>("name");
        Mount = GetOutput<string>("mount");
    }

    /// <summary>The connection name (what roles give as <c>DbName</c>).</summary>
    public Output<string> ConnectionName { get; }

    /// <summary>The database mount path.</summary>
    public Output<string> Mount { get; }
}
