using Infra.Properties;

namespace Infra.Providers.Tls;

/// <summary>Builds the default input values of the certificate resources.</summary>
internal static class CertificateDefaults
{
    /// <summary><c>earlyRenewalHours</c> = 0 plus the given boolean flags.</summary>
    internal static IReadOnlyList<(string Key, PropertyValue Value)> Create(params (string Key, bool Value)[] flags) =>
        [("earlyRenewalHours", PropertyValue.Create(0)), .. flags.Select(f => (f.Key, PropertyValue.Create(f.Value)))];
}
