namespace Infra.Vault;

/// <summary>
/// A role of a pki mount (<c>{mount}/roles/{name}</c>): which names certificates may carry, key type, TTLs and usage flags. Mount and name replace it; everything else updates in place. ID = that path; import with it.
/// </summary>
public sealed class PkiRole : CustomResource
{
    /// <summary>The resource type token.</summary>
    public const string TypeToken = "vault:index/pkiRole:PkiRole";

    /// <summary>Creates the resource.</summary>
    public PkiRole(string name, PkiRoleArgs args, ResourceOptions? options = null)
        : base(TypeToken, name, args, options)
    {
        RoleName = GetOutput<string>("name");
        Mount = GetOutput<string>("mount");
    }

    /// <summary>The role name.</summary>
    public Output<string> RoleName { get; }

    /// <summary>The pki mount path.</summary>
    public Output<string> Mount { get; }
}
