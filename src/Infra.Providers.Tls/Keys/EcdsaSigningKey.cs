using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Infra.Providers.Tls;

/// <summary>An ECDSA key on P-256, P-384 or P-521; signs with the hash that matches the curve.</summary>
internal sealed class EcdsaSigningKey(ECDsa ecdsa, EcdsaCurveInfo curve) : SigningKey
{
    internal override KeyAlgorithm Algorithm => KeyAlgorithm.Ecdsa;

    internal override HashAlgorithmName Hash => curve.Hash;

    internal override X509SignatureGenerator SignatureGenerator => X509SignatureGenerator.CreateForECDsa(ecdsa);

    internal override string OpenSshKeyType => "ecdsa-sha2-" + curve.SshName;

    internal EcdsaCurveInfo Curve => curve;

    internal override byte[] ExportSubjectPublicKeyInfo() => ecdsa.ExportSubjectPublicKeyInfo();

    internal override byte[] ExportPkcs8() => ecdsa.ExportPkcs8PrivateKey();

    internal override byte[] OpenSshPublicBlob()
    {
        var q = ecdsa.ExportParameters(includePrivateParameters: false).Q;
        byte[] point = [0x04, .. q.X!, .. q.Y!];
        return new OpenSshWriter().String(OpenSshKeyType).String(curve.SshName).String(point).ToArray();
    }

    public override void Dispose() => ecdsa.Dispose();
}
