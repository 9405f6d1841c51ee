namespace Infra.Tls;

/// <summary>The distinguished name of a certificate or signing request; every field is optional.</summary>
public sealed class CertSubjectArgs : ResourceArgs
{
    /// <summary>CN, at most 64 characters.</summary>
    public Input<string>? CommonName { get; init; }

    /// <summary>O, at most 64 characters.</summary>
    public Input<string>? Organization { get; init; }

    /// <summary>OU, at most 64 characters.</summary>
    public Input<string>? OrganizationalUnit { get; init; }

    /// <summary>street, one attribute per item.</summary>
    public InputList<string>? StreetAddresses { get; init; }

    /// <summary>L, at most 128 characters.</summary>
    public Input<string>? Locality { get; init; }

    /// <summary>ST, at most 128 characters.</summary>
    public Input<string>? Province { get; init; }

    /// <summary>C, a two-letter country code.</summary>
    public Input<string>? Country { get; init; }

    /// <summary>postalCode, at most 40 characters.</summary>
    public Input<string>? PostalCode { get; init; }

    /// <summary>serialNumber of the subject (not of the certificate), at most 64 characters.</summary>
    public Input<string>? SerialNumber { get; init; }
}
