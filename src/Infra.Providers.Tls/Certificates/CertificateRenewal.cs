using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Infra.Providers.Tls;

/// <summary>Early-renewal decisions for issued certificates.</summary>
public static class CertificateRenewal
{
    /// <summary>
    /// True when <paramref name="now"/> is at or past the certificate's notAfter minus
    /// <paramref name="earlyRenewalHours"/> (so an expired certificate is always ready). The engine calls
    /// this on refresh/diff to plan a replacement.
    /// </summary>
    /// <param name="certPem">The certificate PEM.</param>
    /// <param name="earlyRenewalHours">Hours before expiry at which renewal becomes due (zero or positive).</param>
    /// <param name="now">The current time (from the engine's TimeProvider).</param>
    public static TlsResult<bool> ReadyForRenewal(string certPem, int earlyRenewalHours, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        if (earlyRenewalHours < 0)
        {
            errors.Add("earlyRenewalHours", $"must be zero or positive (got {earlyRenewalHours})");
        }

        var certificate = CertificateLoader.Load(certPem, "certPem", errors);
        using (certificate)
        {
            if (errors.Any || certificate is null)
            {
                return errors.Fail<bool>();
            }

            return TlsResult<bool>.Success(IsReady(certificate.NotAfter, earlyRenewalHours, now));
        }
    }

    /// <summary>The same decision with the clock read from <paramref name="timeProvider"/>.</summary>
    public static TlsResult<bool> ReadyForRenewal(string certPem, int earlyRenewalHours, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(timeProvider);
        return ReadyForRenewal(certPem, earlyRenewalHours, timeProvider.GetUtcNow());
    }

    internal static CertificateResult Describe(X509Certificate2 certificate, int earlyRenewalHours, DateTimeOffset now)
    {
        var notBefore = new DateTimeOffset(certificate.NotBefore.ToUniversalTime(), TimeSpan.Zero);
        var notAfter = new DateTimeOffset(certificate.NotAfter.ToUniversalTime(), TimeSpan.Zero);
        return new CertificateResult(
            certificate.ExportCertificatePem() + "\n",
            certificate.SerialNumber,
            notBefore,
            notAfter,
            IsReady(certificate.NotAfter, earlyRenewalHours, now));
    }

    private static bool IsReady(DateTime notAfter, int earlyRenewalHours, DateTimeOffset now)
    {
        var end = new DateTimeOffset(notAfter.ToUniversalTime(), TimeSpan.Zero);
        return now >= end.AddHours(-earlyRenewalHours);
    }
}
