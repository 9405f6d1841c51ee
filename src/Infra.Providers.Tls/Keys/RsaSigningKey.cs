using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Infra.Providers.Tls;

/// <summary>An RSA key; signs with SHA-256 and PKCS#1 v1.5 padding.</summary>
internal sealed class RsaSigningKey(RSA rsa) : SigningKey
{
    internal override KeyAlgorithm Algorithm => KeyAlgorithm.Rsa;

    internal override HashAlgorithmName Hash => HashAlgorithmName.SHA256;

    internal override X509SignatureGenerator SignatureGenerator => X509SignatureGenerator.CreateForRSA(rsa, RSASignaturePadding.Pkcs1);

    internal override string OpenSshKeyType => "ssh-rsa";

    internal int KeySize => rsa.KeySize;

    internal override byte[] ExportSubjectPublicKeyInfo() => rsa.ExportSubjectPublicKeyInfo();

    internal override byte[] ExportPkcs8() => rsa.ExportPkcs8PrivateKey();

    internal override byte[] OpenSshPublicBlob()
    {
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        return new OpenSshWriter().String(OpenSshKeyType).MpInt(parameters.Exponent).MpInt(parameters.Modulus).ToArray();
    }

    public override void Dispose() => rsa.Dispose();
}
