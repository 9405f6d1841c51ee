using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Infra.Properties;
using Infra.Vault.Client;

namespace Infra.Vault.Provider.Pki;

/// <summary>
/// An issuer of a pki mount (<c>{mount}/issuer/{issuer_id}</c>, Vault 1.11+), the ID of root and intermediate CAs.
/// Reads the live certificate, and deletes the issuer and then its key.
/// </summary>
internal static class PkiIssuer
{
    private const string Segment = "/issuer/";

    public static string Id(string mount, string issuerId) => mount + Segment + issuerId;

    public static (string Mount, string IssuerId)? Parse(string id) =>
        id.LastIndexOf(Segment, StringComparison.Ordinal) is > 0 and var at ? (id[..at], id[(at + Segment.Length)..]) : null;

    /// <summary>The issuer's live values (mount, commonName, organization, issuerName, certificate, issuerId, keyId, serialNumber), or null when it is gone.</summary>
    public static async Task<PropertyMap?> LiveAsync(VaultClient vault, string id, CancellationToken cancellationToken)
    {
        if (Parse(id) is not var (mount, issuerId)
            || (await vault.ReadAsync(id, cancellationToken).ConfigureAwait(false))?["data"] is not JsonObject data)
        {
            return null;
        }
        var pem = Props.JsonText(data["certificate"]);
        using var certificate = X509Certificate2.CreateFromPem(pem);
        return PropertyMap.Create(
            ("mount", PropertyValue.Create(mount)),
            ("commonName", PropertyValue.Create(certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false))),
            ("issuerName", PropertyValue.Create(Props.JsonText(data["issuer_name"]))),
            ("certificate", PropertyValue.Create(pem.Trim())),
            ("issuerId", PropertyValue.Create(issuerId)),
            ("keyId", PropertyValue.Create(Props.JsonText(data["key_id"]))),
            ("serialNumber", PropertyValue.Create(SerialOf(certificate))));
    }

    public static async Task DeleteAsync(VaultClient vault, string id, string? keyId, CancellationToken cancellationToken)
    {
        await vault.DeleteAsync(id, cancellationToken).ConfigureAwait(false);
        if (Parse(id) is var (mount, _) && !string.IsNullOrEmpty(keyId))
        {
            await vault.DeleteAsync($"{mount}/key/{keyId}", cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Vault's spelling of a serial number: lower-case hex bytes joined by colons.</summary>
    public static string SerialOf(X509Certificate2 certificate) =>
        string.Join(':', Convert.FromHexString(certificate.SerialNumber).Select(b => b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The body fields shared by root generation and intermediate CSRs.</summary>
    public static JsonObject SubjectBody(PropertyMap inputs)
    {
        var body = new JsonObject { ["common_name"] = Props.Text(inputs, "commonName"), ["key_type"] = Props.TextOr(inputs, "keyType", "ec") };
        if (Props.Whole(inputs, "keyBits") is { } bits)
        {
            body["key_bits"] = bits;
        }
        if (Props.Text(inputs, "organization") is { } organization)
        {
            body["organization"] = organization;
        }
        if (Props.Text(inputs, "issuerName") is { } name)
        {
            body["issuer_name"] = name;
        }
        return body;
    }
}
