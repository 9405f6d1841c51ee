namespace Infra.Providers.Tls;

/// <summary>Reading and per-field validation of the inputs the certificate resources share.</summary>
internal static class CertificateInputs
{
    internal static readonly IReadOnlyList<string> SubjectNames =
        ["commonName", "organization", "organizationalUnit", "streetAddresses", "locality", "province", "country", "postalCode", "serialNumber"];

    /// <summary>The <c>subject</c> object; null when unknown or malformed.</summary>
    internal static CertSubject? Subject(InputReader reader)
    {
        var subject = reader.Object("subject");
        if (subject is null)
        {
            return null;
        }
        subject.RejectUnexpected(SubjectNames, "subject");
        var before = reader.Errors.All.Count;
        var result = new CertSubject(
            subject.String("commonName"),
            subject.String("organization"),
            subject.String("organizationalUnit"),
            subject.Strings("streetAddresses"),
            subject.String("locality"),
            subject.String("province"),
            subject.String("country"),
            subject.String("postalCode"),
            subject.String("serialNumber"));
        var unknown = SubjectNames.Any(subject.IsUnknown);
        return unknown || reader.Errors.All.Count > before ? null : result;
    }

    /// <summary>Checks that a private key input is a readable, supported key; the key is discarded.</summary>
    internal static void CheckKey(InputReader reader, string field)
    {
        var pem = reader.String(field, required: true);
        if (pem is null)
        {
            return;
        }
        var loaded = SigningKeyLoader.Load(pem, field);
        loaded.Value?.Dispose();
        reader.Errors.AddRange(loaded.Errors);
    }

    /// <summary>Checks the subject, the alternative names and that together they name something.</summary>
    internal static void CheckSubjectAndNames(InputReader reader)
    {
        var errors = reader.Errors;
        var subject = Subject(reader);
        var dnsNames = reader.Strings("dnsNames");
        var ipAddresses = reader.Strings("ipAddresses");
        var uris = reader.Strings("uris");
        SubjectAlternativeNames.Build(dnsNames ?? [], ipAddresses ?? [], uris ?? [], critical: false, errors);
        var name = subject is null ? null : SubjectNameBuilder.Build(subject, errors);
        if (name is not null && SubjectNameBuilder.IsEmpty(name) && dnsNames is not null && ipAddresses is not null && uris is not null
            && !SubjectAlternativeNames.Any(dnsNames, ipAddresses, uris))
        {
            errors.Add("subject", "is empty; give a subject field or at least one of dnsNames, ipAddresses or uris");
        }
    }

    /// <summary>Checks allowedUses, validityPeriodHours, earlyRenewalHours and the boolean flags.</summary>
    internal static void CheckIssuance(InputReader reader, params string[] flags)
    {
        var uses = reader.Strings("allowedUses", required: true);
        if (uses is not null)
        {
            CertificateUses.Parse(uses, reader.Errors);
        }
        if (reader.Integer("validityPeriodHours", required: true) is { } hours)
        {
            CertificateValidity.CheckValidityPeriod(hours, reader.Errors);
        }
        if (reader.Integer("earlyRenewalHours", fallback: 0) is { } early)
        {
            CertificateValidity.CheckEarlyRenewal(early, reader.Errors);
        }
        foreach (var flag in flags)
        {
            reader.Bool(flag, fallback: false);
        }
    }
}
