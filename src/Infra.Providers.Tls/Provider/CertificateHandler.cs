using System.Globalization;
using Infra.Properties;

namespace Infra.Providers.Tls;

/// <summary>
/// What the two issued-certificate resources share: their outputs, in-place changes of
/// <c>earlyRenewalHours</c>, and early renewal (a certificate inside its renewal window must be replaced).
/// </summary>
internal abstract class CertificateHandler : TlsResourceHandler
{
    private const string ReadyKey = "readyForRenewal";

    internal override IReadOnlyList<string> GeneratedOutputs { get; } = ["certPem", "validityStartTime", "validityEndTime", ReadyKey];

    internal override IReadOnlyList<string> InPlaceInputs { get; } = ["earlyRenewalHours"];

    internal override PropertyMap Refresh(PropertyMap inputs, PropertyMap outputs, DateTimeOffset now) =>
        ReadyForRenewal(inputs, outputs, now) is { } ready ? outputs.SetItem(ReadyKey, PropertyValue.Create(ready)) : outputs;

    internal override bool DueForReplacement(PropertyMap inputs, PropertyMap outputs, DateTimeOffset now) =>
        ReadyForRenewal(inputs, outputs, now) == true;

    /// <summary>The certificate's outputs and ID (its serial number).</summary>
    protected static TlsResult<GeneratedResource> ToGenerated(TlsResult<CertificateResult> issued)
    {
        if (!issued.IsSuccess)
        {
            return TlsResult<GeneratedResource>.Failure(issued.Errors);
        }
        var certificate = issued.Value;
        var outputs = PropertyMap.Create(
            ("certPem", PropertyValue.Create(certificate.CertPem)),
            ("validityStartTime", PropertyValue.Create(Rfc3339(certificate.ValidityStart))),
            ("validityEndTime", PropertyValue.Create(Rfc3339(certificate.ValidityEnd))),
            (ReadyKey, PropertyValue.Create(certificate.ReadyForRenewal)));
        return TlsResult<GeneratedResource>.Success(new GeneratedResource(certificate.SerialNumber.ToLowerInvariant(), outputs));
    }

    /// <summary>Readiness from the recorded certificate and <c>earlyRenewalHours</c>; null when either is unknown or unreadable.</summary>
    private static bool? ReadyForRenewal(PropertyMap inputs, PropertyMap outputs, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        var hours = new InputReader(inputs.RevealSecrets(), errors).Integer("earlyRenewalHours", fallback: 0);
        if (hours is null || outputs.Get("certPem") is not { Kind: PropertyValueKind.String } certPem)
        {
            return null;
        }
        var ready = CertificateRenewal.ReadyForRenewal(certPem.StringValue, hours.Value, now);
        return ready.IsSuccess ? ready.Value : null;
    }

    private static string Rfc3339(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
