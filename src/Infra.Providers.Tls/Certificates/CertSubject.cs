namespace Infra.Providers.Tls;

/// <summary>The distinguished-name fields of a certificate or request's subject; all optional.</summary>
/// <param name="CommonName">CN, at most 64 characters.</param>
/// <param name="Organization">O, at most 64 characters.</param>
/// <param name="OrganizationalUnit">OU, at most 64 characters.</param>
/// <param name="StreetAddress">street, one attribute per line.</param>
/// <param name="Locality">L, at most 128 characters.</param>
/// <param name="Province">ST, at most 128 characters.</param>
/// <param name="Country">C, a two-letter ISO 3166 code.</param>
/// <param name="PostalCode">postalCode, at most 40 characters.</param>
/// <param name="SerialNumber">serialNumber (of the subject, not the certificate), at most 64 characters.</param>
public sealed record CertSubject(
    string? CommonName = null,
    string? Organization = null,
    string? OrganizationalUnit = null,
    IReadOnlyList<string>? StreetAddress = null,
    string? Locality = null,
    string? Province = null,
    string? Country = null,
    string? PostalCode = null,
    string? SerialNumber = null);
