namespace Infra.Tls;

/// <summary>Arguments of <see cref="CertRequest"/>.</summary>
public sealed class CertRequestArgs : ResourceArgs
{
    /// <summary>The subject's key, which signs the request, e.g. <see cref="PrivateKey.PrivateKeyPem"/>. Stored as a secret.</summary>
    public required Input<string> PrivateKeyPem { get; init; }

    /// <summary>The requested subject name.</summary>
    public CertSubjectArgs? Subject { get; init; }

    /// <summary>Requested DNS subject alternative names.</summary>
    public InputList<string>? DnsNames { get; init; }

    /// <summary>Requested IP address subject alternative names.</summary>
    public InputList<string>? IpAddresses { get; init; }

    /// <summary>Requested URI subject alternative names.</summary>
    public InputList<string>? Uris { get; init; }
}
