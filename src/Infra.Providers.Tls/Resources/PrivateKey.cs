namespace Infra.Tls;

/// <summary>
/// A generated private key, kept in state (encrypted as a secret). Changing any argument generates a new key.
/// </summary>
public sealed class PrivateKey : CustomResource
{
    /// <summary>Creates the resource.</summary>
    /// <param name="name">The logical name.</param>
    /// <param name="args">The key's algorithm and size.</param>
    /// <param name="options">Resource options.</param>
    public PrivateKey(string name, PrivateKeyArgs args, ResourceOptions? options = null)
        : base(Providers.Tls.TlsTypes.PrivateKey, name, args, options)
    {
        PrivateKeyPem = GetOutput<string>("privateKeyPem");
        PublicKeyPem = GetOutput<string>("publicKeyPem");
        PublicKeyOpenssh = GetOutput<string>("publicKeyOpenssh");
        PublicKeyFingerprintSha256 = GetOutput<string>("publicKeyFingerprintSha256");
        PublicKeyFingerprintMd5 = GetOutput<string>("publicKeyFingerprintMd5");
    }

    /// <summary>The private key as PKCS#8 PEM (<c>-----BEGIN PRIVATE KEY-----</c>). Secret.</summary>
    public Output<string> PrivateKeyPem { get; }

    /// <summary>The public key as PEM (<c>-----BEGIN PUBLIC KEY-----</c>).</summary>
    public Output<string> PublicKeyPem { get; }

    /// <summary>The public key in OpenSSH <c>authorized_keys</c> form.</summary>
    public Output<string> PublicKeyOpenssh { get; }

    /// <summary>The OpenSSH SHA-256 fingerprint (<c>SHA256:…</c>).</summary>
    public Output<string> PublicKeyFingerprintSha256 { get; }

    /// <summary>The OpenSSH MD5 fingerprint (colon-separated hex).</summary>
    public Output<string> PublicKeyFingerprintMd5 { get; }
}
