namespace Infra.Consul;

/// <summary>
/// An ACL token linked to policies and roles by name. The SecretID is a secret output. ID = the AccessorID.
/// </summary>
public sealed class AclToken : CustomResource
{
    /// <summary>The resource type token.</summary>
    public const string TypeToken = "consul:index/aclToken:AclToken";

    /// <summary>Creates the resource.</summary>
    public AclToken(string name, AclTokenArgs args, ResourceOptions? options = null)
        : base(TypeToken, name, args, options)
    {
        AccessorId = GetOutput<string>("accessorId");
        SecretId = GetOutput<string>("secretId");
    }

    /// <summary>The token's AccessorID.</summary>
    public Output<string> AccessorId { get; }

    /// <summary>The token's SecretID (secret).</summary>
    public Output<string> SecretId { get; }
}
