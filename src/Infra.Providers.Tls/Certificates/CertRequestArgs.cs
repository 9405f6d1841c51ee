namespace Infra.Providers.Tls;

/// <summary>Inputs of a certificate signing request.</summary>
/// <param name="PrivateKeyPem">The subject's key, which signs the request (secret).</param>
/// <param name="Subject">The requested subject name.</param>
public sealed record CertRequestArgs(string PrivateKeyPem, CertSubject Subject)
{
    /// <summary>Requested DNS subject alternative names.</summary>
    public IReadOnlyList<string> DnsNames { get; init; } = [];

    /// <summary>Requested IP address subject alternative names.</summary>
    public IReadOnlyList<string> IpAddresses { get; init; } = [];

    /// <summary>Requested URI subject alternative names.</summary>
    public IReadOnlyList<string> Uris { get; init; } = [];

    /// <inheritdoc />
    public override string ToString() => $"CertRequestArgs {{ Subject = {Subject}, PrivateKeyPem = [secret] }}";
}
