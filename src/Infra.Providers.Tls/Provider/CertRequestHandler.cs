using Infra.Properties;

namespace Infra.Providers.Tls;

/// <summary>The <c>CertRequest</c> resource: a PKCS#10 signing request for a subject, signed by its key.</summary>
internal sealed class CertRequestHandler : TlsResourceHandler
{
    internal override string Type => TlsTypes.CertRequest;

    internal override IReadOnlyList<string> InputNames { get; } = ["privateKeyPem", "subject", "dnsNames", "ipAddresses", "uris"];

    internal override IReadOnlyList<string> GeneratedOutputs { get; } = ["certRequestPem", "keyAlgorithm"];

    internal override IReadOnlyList<string> SecretInputs { get; } = ["privateKeyPem"];

    protected override void Validate(InputReader reader)
    {
        CertificateInputs.CheckKey(reader, "privateKeyPem");
        CertificateInputs.CheckSubjectAndNames(reader);
    }

    protected override TlsResult<GeneratedResource> Generate(InputReader reader, DateTimeOffset now)
    {
        var args = new CertRequestArgs(reader.String("privateKeyPem")!, CertificateInputs.Subject(reader)!)
        {
            DnsNames = reader.Strings("dnsNames")!,
            IpAddresses = reader.Strings("ipAddresses")!,
            Uris = reader.Strings("uris")!,
        };
        var created = CertificateRequestGenerator.Create(args);
        if (!created.IsSuccess)
        {
            return TlsResult<GeneratedResource>.Failure(created.Errors);
        }
        var outputs = PropertyMap.Create(
            ("certRequestPem", PropertyValue.Create(created.Value.CertRequestPem)),
            ("keyAlgorithm", PropertyValue.Create(created.Value.KeyAlgorithm.ToString().ToUpperInvariant())));
        return TlsResult<GeneratedResource>.Success(new GeneratedResource(PemIds.Sha1Hex(created.Value.CertRequestPem), outputs));
    }
}
