namespace Infra.Tls;

/// <summary>
/// A certificate issued by a local CA from a signing request. Changing an argument other than
/// <c>earlyRenewalHours</c> issues a new one, and so does an update once the certificate is within
/// <c>earlyRenewalHours</c> of expiry.
/// </summary>
public sealed class LocallySignedCert : CustomResource
{
    /// <summary>Creates the resource.</summary>
    /// <param name="name">The logical name.</param>
    /// <param name="args">The request, the CA and the certificate's validity and uses.</param>
    /// <param name="options">Resource options.</param>
    public LocallySignedCert(string name, LocallySignedCertArgs args, ResourceOptions? options = null)
        : base(Providers.Tls.TlsTypes.LocallySignedCert, name, args, options)
    {
        CertPem = GetOutput<string>("certPem");
        ValidityStartTime = GetOutput<string>("validityStartTime");
        ValidityEndTime = GetOutput<string>("validityEndTime");
        ReadyForRenewal = GetOutput<bool>("readyForRenewal");
    }

    /// <summary>The certificate as PEM.</summary>
    public Output<string> CertPem { get; }

    /// <summary>notBefore, RFC 3339 in UTC.</summary>
    public Output<string> ValidityStartTime { get; }

    /// <summary>notAfter, RFC 3339 in UTC.</summary>
    public Output<string> ValidityEndTime { get; }

    /// <summary>True when the certificate is inside its early-renewal window (as of its last create, update or refresh).</summary>
    public Output<bool> ReadyForRenewal { get; }
}
