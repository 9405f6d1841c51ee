using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.X509;

namespace Infra.Providers.Tls;

/// <summary>An Ed25519 key held by BouncyCastle (the .NET base library has no Ed25519).</summary>
internal sealed class Ed25519SigningKey(Ed25519PrivateKeyParameters key) : SigningKey
{
    internal override KeyAlgorithm Algorithm => KeyAlgorithm.Ed25519;

    /// <summary>Ed25519 hashes internally; .NET's request builder still wants a name, which the generator ignores.</summary>
    internal override HashAlgorithmName Hash => HashAlgorithmName.SHA512;

    internal override X509SignatureGenerator SignatureGenerator => new Ed25519SignatureGenerator(key, ExportSubjectPublicKeyInfo());

    internal override string OpenSshKeyType => "ssh-ed25519";

    internal override byte[] ExportSubjectPublicKeyInfo() =>
        SubjectPublicKeyInfoFactory.CreateSubjectPublicKeyInfo(key.GeneratePublicKey()).GetDerEncoded();

    /// <summary>
    /// The RFC 8410 §7 form: version 0 and the seed only. BouncyCastle would add the optional public key
    /// (version 1), which OpenSSL 3.0 refuses to load.
    /// </summary>
    internal override byte[] ExportPkcs8()
    {
        byte[] prefix = [0x30, 0x2E, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2B, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20];
        return [.. prefix, .. key.GetEncoded()];
    }

    internal override byte[] OpenSshPublicBlob() =>
        new OpenSshWriter().String(OpenSshKeyType).String(key.GeneratePublicKey().GetEncoded()).ToArray();

    public override void Dispose()
    {
        // BouncyCastle keeps the key in managed memory it does not expose for wiping.
    }
}
