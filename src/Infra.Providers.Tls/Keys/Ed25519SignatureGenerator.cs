using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;

namespace Infra.Providers.Tls;

/// <summary>Lets .NET's <see cref="CertificateRequest"/> sign with Ed25519 (RFC 8410) through BouncyCastle.</summary>
internal sealed class Ed25519SignatureGenerator(Ed25519PrivateKeyParameters key, byte[] subjectPublicKeyInfo) : X509SignatureGenerator
{
    /// <summary>DER of AlgorithmIdentifier { id-Ed25519 (1.3.101.112) } with absent parameters (RFC 8410 §3).</summary>
    private static readonly byte[] AlgorithmIdentifier = [0x30, 0x05, 0x06, 0x03, 0x2B, 0x65, 0x70];

    public override byte[] GetSignatureAlgorithmIdentifier(HashAlgorithmName hashAlgorithm) => (byte[])AlgorithmIdentifier.Clone();

    public override byte[] SignData(byte[] data, HashAlgorithmName hashAlgorithm)
    {
        var signer = new Ed25519Signer();
        signer.Init(forSigning: true, key);
        signer.BlockUpdate(data, 0, data.Length);
        return signer.GenerateSignature();
    }

    protected override PublicKey BuildPublicKey() => PublicKey.CreateFromSubjectPublicKeyInfo(subjectPublicKeyInfo, out _);
}
