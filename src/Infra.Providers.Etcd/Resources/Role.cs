namespace Infra.Etcd;

/// <summary>An etcd role with permissions on keys, ranges or prefixes. Permissions granted or revoked outside Infra show up as drift.</summary>
public sealed class Role : CustomResource
{
    /// <summary>The resource type token.</summary>
    public const string TypeToken = "etcd:index/role:Role";

    /// <summary>Creates the resource.</summary>
    public Role(string name, RoleArgs args, ResourceOptions? options = null)
        : base(TypeToken, name, args, options)
    {
        RoleName = GetOutput<string>("name");
    }

    /// <summary>The role name.</summary>
    public Output<string> RoleName { get; }
}
