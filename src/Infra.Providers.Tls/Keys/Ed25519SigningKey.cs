using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Pkcs;
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

    internal override byte[] ExportPkcs8() => PrivateKeyInfoFactory.CreatePrivateKeyInfo(key).GetDerEncoded();

    internal override byte[] OpenSshPublicBlob() =>
        new OpenSshWriter().String(OpenSshKeyType).String(key.GeneratePublicKey().GetEncoded()).ToArray();

    public override void Dispose()
    {
        // BouncyCastle keeps the key in managed memory it does not expose for wiping.
    }
}
