namespace Infra.Vault;

/// <summary>
/// A self-signed root CA generated inside a pki mount (the key never leaves Vault). A CA cannot change: every input change creates a new root, then deletes the old issuer and key. ID = <c>{mount}/issuer/{issuer_id}</c>; import with it.
/// </summary>
public sealed class PkiRootCert : CustomResource
{
    /// <summary>The resource type token.</summary>
    public const string TypeToken = "vault:index/pkiRootCert:PkiRootCert";

    /// <summary>Creates the resource.</summary>
    public PkiRootCert(string name, PkiRootCertArgs args, ResourceOptions? options = null)
        : base(TypeToken, name, args, options)
    {
        Mount = GetOutput<string>("mount");
        Certificate = GetOutput<string>("certificate");
        IssuerId = GetOutput<string>("issuerId");
        SerialNumber = GetOutput<string>("serialNumber");
    }

    /// <summary>The pki mount path.</summary>
    public Output<string> Mount { get; }

    /// <summary>The CA certificate (PEM).</summary>
    public Output<string> Certificate { get; }

    /// <summary>The issuer ID Vault assigned.</summary>
    public Output<string> IssuerId { get; }

    /// <summary>The certificate's serial number (hex bytes joined by colons).</summary>
    public Output<string> SerialNumber { get; }
}
