namespace Infra.Vault;

/// <summary>
/// A role of an AppRole auth backend (<c>auth/{backend}/role/{name}</c>), with its <c>role_id</c> as an output. ID = that path; import with it.
/// </summary>
public sealed class AppRoleRole : CustomResource
{
    /// <summary>The resource type token.</summary>
    public const string TypeToken = "vault:index/appRoleRole:AppRoleRole";

    /// <summary>Creates the resource.</summary>
    public AppRoleRole(string name, AppRoleRoleArgs args, ResourceOptions? options = null)
        : base(TypeToken, name, args, options)
    {
        RoleName = GetOutput<string>("name");
        Backend = GetOutput<string>("backend");
        RoleId = GetOutput<string>("roleId");
    }

    /// <summary>The role name.</summary>
    public Output<string> RoleName { get; }

    /// <summary>The AppRole backend path.</summary>
    public Output<string> Backend { get; }

    /// <summary>The role's RoleID.</summary>
    public Output<string> RoleId { get; }
}
