namespace Infra.Consul;

/// <summary>
/// An ACL role: a named set of policies that tokens can link to. ID = the role ID; import with the ID or the name.
/// </summary>
public sealed class AclRole : CustomResource
{
    /// <summary>The resource type token.</summary>
    public const string TypeToken = "consul:index/aclRole:AclRole";

    /// <summary>Creates the resource.</summary>
    public AclRole(string name, AclRoleArgs args, ResourceOptions? options = null)
        : base(TypeToken, name, args, options)
    {
        RoleId = GetOutput<string>("roleId");
        RoleName = GetOutput<string>("name");
    }

    /// <summary>The role ID.</summary>
    public Output<string> RoleId { get; }

    /// <summary>The role name.</summary>
    public Output<string> RoleName { get; }
}
