namespace Infra.Vault;

/// <summary>
/// An intermediate CA: a CSR generated in one pki mount, signed by the root of another (<c>SignerMount</c>) and set as that mount's issuer. Every input change creates a new intermediate, then deletes the old issuer and key. ID = <c>{mount}/issuer/{issuer_id}</c>; import with it.
/// </summary>
public sealed class PkiIntermediate : CustomResource
{
    /// <summary>The resource type token.</summary>
    public const string TypeToken = "vault:index/pkiIntermediate:PkiIntermediate";

    /// <summary>Creates the resource.</summary>
    public PkiIntermediate(string name, PkiIntermediateArgs args, ResourceOptions? options = null)
        : base(TypeToken, name, args, options)
    {
        Mount = GetOutput<string>("mount");
        Certificate = GetOutput<string>("certificate");
        IssuerId = GetOutput<string>("issuerId");
        SerialNumber = GetOutput<string>("serialNumber");
    }

    /// <summary>The intermediate's pki mount path.</summary>
    public Output<string> Mount { get; }

    /// <summary>The signed intermediate certificate (PEM).</summary>
    public Output<string> Certificate { get; }

    /// <summary>The issuer ID of the intermediate in its mount.</summary>
    public Output<string> IssuerId { get; }

    /// <summary>The certificate's serial number (hex bytes joined by colons).</summary>
    public Output<string> SerialNumber { get; }
}
