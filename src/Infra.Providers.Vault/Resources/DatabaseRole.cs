namespace Infra.Vault;

/// <summary>
/// A role of a database engine (<c>{mount}/roles/{name}</c>) that issues dynamic credentials through a connection: creation/revocation statements and TTLs. Mount and name replace it. ID = that path; import with it.
/// </summary>
public sealed class DatabaseRole : CustomResource
{
    /// <summary>The resource type token.</summary>
    public const string TypeToken = "vault:index/databaseRole:DatabaseRole";

    /// <summary>Creates the resource.</summary>
    public DatabaseRole(string name, DatabaseRoleArgs args, ResourceOptions? options = null)
        : base(TypeToken, name, args, options)
    {
        RoleName = GetOutput<string>("name");
        Mount = GetOutput<string>("mount");
    }

    /// <summary>The role name (credentials are read at <c>{mount}/creds/{name}</c>).</summary>
    public Output<string> RoleName { get; }

    /// <summary>The database mount path.</summary>
    public Output<string> Mount { get; }
}
