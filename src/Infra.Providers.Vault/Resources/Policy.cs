namespace Infra.Vault;

/// <summary>
/// An ACL policy (<c>sys/policies/acl</c>). The HCL text is checked for syntax before anything is sent; a policy edited by hand shows as drift on refresh and is put back by the next up. ID = the name.
/// </summary>
public sealed class Policy : CustomResource
{
    /// <summary>The resource type token.</summary>
    public const string TypeToken = "vault:index/policy:Policy";

    /// <summary>Creates the resource.</summary>
    public Policy(string name, PolicyArgs args, ResourceOptions? options = null)
        : base(TypeToken, name, args, options)
    {
        PolicyName = GetOutput<string>("name");
        PolicyText = GetOutput<string>("policy");
    }

    /// <summary>The policy name.</summary>
    public Output<string> PolicyName { get; }

    /// <summary>The live policy text.</summary>
    public Output<string> PolicyText { get; }
}
