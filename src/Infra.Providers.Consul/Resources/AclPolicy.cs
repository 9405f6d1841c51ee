namespace Infra.Consul;

/// <summary>
/// An ACL policy. Rules (HCL or JSON) are checked for syntax before any call; rules edited by hand show as drift. ID = the policy ID; import with the ID or the name.
/// </summary>
public sealed class AclPolicy : CustomResource
{
    /// <summary>The resource type token.</summary>
    public const string TypeToken = "consul:index/aclPolicy:AclPolicy";

    /// <summary>Creates the resource.</summary>
    public AclPolicy(string name, AclPolicyArgs args, ResourceOptions? options = null)
        : base(TypeToken, name, args, options)
    {
        PolicyId = GetOutput<string>("policyId");
        PolicyName = GetOutput<string>("name");
    }

    /// <summary>The policy ID.</summary>
    public Output<string> PolicyId { get; }

    /// <summary>The policy name.</summary>
    public Output<string> PolicyName { get; }
}
