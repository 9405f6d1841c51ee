namespace Infra.Vault;

/// <summary>
/// A role of a kubernetes auth backend (<c>auth/{backend}/role/{name}</c>): which service accounts in which namespaces may log in, and the policies their tokens get. ID = that path; import with it.
/// </summary>
public sealed class KubernetesAuthRole : CustomResource
{
    /// <summary>The resource type token.</summary>
    public const string TypeToken = "vault:index/kubernetesAuthRole:KubernetesAuthRole";

    /// <summary>Creates the resource.</summary>
    public KubernetesAuthRole(string name, KubernetesAuthRoleArgs args, ResourceOptions? options = null)
        : base(TypeToken, name, args, options)
    {
        RoleName = GetOutput<string>("name");
        Backend = GetOutput<string>("backend");
    }

    /// <summary>The role name.</summary>
    public Output<string> RoleName { get; }

    /// <summary>The backend path.</summary>
    public Output<string> Backend { get; }
}
