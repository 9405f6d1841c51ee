namespace Infra.Providers.Tls;

/// <summary>Validates validity and early-renewal inputs and computes the validity window.</summary>
internal static class CertificateValidity
{
    /// <summary>100 years; longer windows overflow some verifiers' date handling.</summary>
    internal const int MaxValidityHours = 876_000;

    internal static void Check(int validityPeriodHours, int earlyRenewalHours, FieldErrors errors)
    {
        CheckValidityPeriod(validityPeriodHours, errors);
        CheckEarlyRenewal(earlyRenewalHours, errors);
    }

    internal static void CheckValidityPeriod(int validityPeriodHours, FieldErrors errors)
    {
        if (validityPeriodHours is <= 0 or > MaxValidityHours)
        {
            errors.Add("validityPeriodHours", $"must be between 1 and {MaxValidityHours} (got {validityPeriodHours})");
        }
    }

    internal static void CheckEarlyRenewal(int earlyRenewalHours, FieldErrors errors)
    {
        if (earlyRenewalHours < 0)
        {
            errors.Add("earlyRenewalHours", $"must be zero or positive (got {earlyRenewalHours})");
        }
    }

    /// <summary>Certificates carry whole seconds, so the window starts at <paramref name="now"/> truncated to the second.</summary>
    internal static (DateTimeOffset NotBefore, DateTimeOffset NotAfter) Window(DateTimeOffset now, int validityPeriodHours)
    {
        var start = now.ToUniversalTime();
        start = start.AddTicks(-(start.Ticks % TimeSpan.TicksPerSecond));
        return (start, start.AddHours(validityPeriodHours));
    }
}
