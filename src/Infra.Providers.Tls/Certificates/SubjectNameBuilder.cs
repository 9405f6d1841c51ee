using System.Security.Cryptography.X509Certificates;

namespace Infra.Providers.Tls;

/// <summary>Validates a <see cref="CertSubject"/> (X.520 upper bounds) and encodes it as an X.500 name.</summary>
internal static class SubjectNameBuilder
{
    private const string StreetAddressOid = "2.5.4.9";
    private const string PostalCodeOid = "2.5.4.17";
    private const string SerialNumberOid = "2.5.4.5";

    internal static X500DistinguishedName? Build(CertSubject? subject, FieldErrors errors)
    {
        subject ??= new CertSubject();
        CheckLength(subject.CommonName, "subject.commonName", 64, errors);
        CheckLength(subject.Organization, "subject.organization", 64, errors);
        CheckLength(subject.OrganizationalUnit, "subject.organizationalUnit", 64, errors);
        CheckLength(subject.Locality, "subject.locality", 128, errors);
        CheckLength(subject.Province, "subject.province", 128, errors);
        CheckLength(subject.PostalCode, "subject.postalCode", 40, errors);
        CheckLength(subject.SerialNumber, "subject.serialNumber", 64, errors);
        var streets = subject.StreetAddress ?? [];
        for (var i = 0; i < streets.Count; i++)
        {
            CheckLength(streets[i], $"subject.streetAddresses[{i}]", 128, errors);
        }

        if (subject.Country is { } country && (country.Length != 2 || !country.All(char.IsAsciiLetter)))
        {
            errors.Add("subject.country", $"must be a two-letter country code (got '{country}')");
        }

        if (errors.Any)
        {
            return null;
        }

        // The builder encodes the RDNs in reverse order of the calls; the encoding must run from the most
        // general (C) to the most specific (CN, serialNumber), as other issuers write it.
        var builder = new X500DistinguishedNameBuilder();
        AddIfPresent(subject.SerialNumber, v => builder.Add(SerialNumberOid, v, System.Formats.Asn1.UniversalTagNumber.PrintableString));
        AddIfPresent(subject.CommonName, v => builder.AddCommonName(v));
        AddIfPresent(subject.OrganizationalUnit, v => builder.AddOrganizationalUnitName(v));
        AddIfPresent(subject.Organization, v => builder.AddOrganizationName(v));
        AddIfPresent(subject.PostalCode, v => builder.Add(PostalCodeOid, v));
        foreach (var street in streets.Reverse())
        {
            AddIfPresent(street, v => builder.Add(StreetAddressOid, v));
        }

        AddIfPresent(subject.Locality, v => builder.AddLocalityName(v));
        AddIfPresent(subject.Province, v => builder.AddStateOrProvinceName(v));
        AddIfPresent(subject.Country, v => builder.AddCountryOrRegion(v.ToUpperInvariant()));
        return builder.Build();
    }

    internal static bool IsEmpty(X500DistinguishedName name) => name.RawData.Length <= 2;

    private static void CheckLength(string? value, string field, int max, FieldErrors errors)
    {
        if (value is { Length: > 0 } && value.Length > max)
        {
            errors.Add(field, $"must be at most {max} characters (got {value.Length})");
        }
    }

    private static void AddIfPresent(string? value, Action<string> add)
    {
        if (!string.IsNullOrEmpty(value))
        {
            add(value);
        }
    }
}
