using System.Security.Cryptography;
using Infra.Properties;

namespace Infra.Providers.Tls;

/// <summary>The <c>PrivateKey</c> resource: a generated key pair whose private half is a secret output.</summary>
internal sealed class PrivateKeyHandler : TlsResourceHandler
{
    internal override string Type => TlsTypes.PrivateKey;

    internal override IReadOnlyList<string> InputNames { get; } = ["algorithm", "rsaBits", "ecdsaCurve"];

    internal override IReadOnlyList<string> GeneratedOutputs { get; } =
        ["privateKeyPem", "publicKeyPem", "publicKeyOpenssh", "publicKeyFingerprintSha256", "publicKeyFingerprintMd5"];

    internal override IReadOnlyList<string> SecretOutputs { get; } = ["privateKeyPem"];

    internal override IReadOnlyList<(string Key, PropertyValue Value)> Defaults { get; } =
        [("rsaBits", PropertyValue.Create(2048)), ("ecdsaCurve", PropertyValue.Create("P256"))];

    protected override void Validate(InputReader reader)
    {
        var algorithm = reader.String("algorithm", required: true);
        var rsaBits = reader.Integer("rsaBits", fallback: 2048);
        var curve = reader.String("ecdsaCurve", fallback: "P256");
        if (algorithm is null || rsaBits is null || curve is null)
        {
            return;
        }
        reader.Errors.AddRange(PrivateKeyGenerator.Validate(new PrivateKeyArgs(algorithm, rsaBits.Value, curve)));
    }

    protected override TlsResult<GeneratedResource> Generate(InputReader reader, DateTimeOffset now)
    {
        var args = new PrivateKeyArgs(reader.String("algorithm")!, reader.Integer("rsaBits", fallback: 2048)!.Value, reader.String("ecdsaCurve", fallback: "P256")!);
        var created = PrivateKeyGenerator.Create(args);
        if (!created.IsSuccess)
        {
            return TlsResult<GeneratedResource>.Failure(created.Errors);
        }
        var key = created.Value;
        var outputs = PropertyMap.Create(
            ("privateKeyPem", PropertyValue.MakeSecret(PropertyValue.Create(key.PrivateKeyPem))),
            ("publicKeyPem", PropertyValue.Create(key.PublicKeyPem)),
            ("publicKeyOpenssh", PropertyValue.Create(key.PublicKeyOpenSsh)),
            ("publicKeyFingerprintSha256", PropertyValue.Create(key.PublicKeyFingerprintSha256)),
            ("publicKeyFingerprintMd5", PropertyValue.Create(key.PublicKeyFingerprintMd5)));
        return TlsResult<GeneratedResource>.Success(new GeneratedResource(PemIds.Sha1Hex(key.PublicKeyPem), outputs));
    }
}
