using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using Infra.Policy.Values;

namespace Infra.Policy.Builtins;

/// <summary>
/// <c>crypto.x509.*</c> and <c>crypto.parse_private_keys</c>. Certificates are returned with the field names of Go's
/// <c>x509.Certificate</c> that policies use (Subject, Issuer, DNSNames, URIStrings, NotBefore, …).
/// </summary>
internal static class X509
{
    public static void Register(BuiltinTable t)
    {
        t.Add("crypto.x509.parse_certificates", 1, a => new ArrayValue(Certificates(Args.Str(a, 0)).Select(CertValue).ToArray()));
        t.Add("crypto.x509.parse_and_verify_certificates", 1, a => VerifyChain(Certificates(Args.Str(a, 0)), ObjectValue.Empty));
        t.Add("crypto.x509.parse_and_verify_certificates_with_options", 2, a => VerifyChain(Certificates(Args.Str(a, 0)), Args.Obj(a, 1)));
        t.Add("crypto.x509.parse_certificate_request", 1, a =>
        {
            var text = Args.Str(a, 0);
            var data = PemOrDer(text, "CERTIFICATE REQUEST");
            try
            {
                var req = CertificateRequest.LoadSigningRequest(data, HashAlgorithmName.SHA256, CertificateRequestLoadOptions.SkipSignatureValidation);
                return Obj(("Subject", NameValue(req.SubjectName)), ("Extensions", NullValue.Instance));
            }
            catch (CryptographicException ex)
            {
                throw BuiltinException.Error($"asn1: structure error: {ex.Message}");
            }
        });
        t.Add("crypto.x509.parse_keypair", 2, a =>
        {
            var certs = Certificates(Args.Str(a, 0));
            var keyText = Decoded(Args.Str(a, 1));
            if (!keyText.Contains("PRIVATE KEY", StringComparison.Ordinal)) throw BuiltinException.Error("tls: failed to find any PEM data in key input");
            return Obj(("Certificate", new ArrayValue(certs.Select(c => (Value)new StringValue(Convert.ToBase64String(c.RawData))).ToArray())),
                ("Leaf", certs.Count > 0 ? CertValue(certs[0]) : NullValue.Instance));
        });
        t.Add("crypto.x509.parse_rsa_private_key", 1, a =>
        {
            var text = Decoded(Args.Str(a, 0));
            try
            {
                using var rsa = RSA.Create();
                rsa.ImportFromPem(text);
                return RsaJwk(rsa.ExportParameters(true));
            }
            catch (Exception ex) when (ex is CryptographicException or ArgumentException)
            {
                throw BuiltinException.Error("failed to parse RSA private key");
            }
        });
        t.Add("crypto.parse_private_keys", 1, a =>
        {
            var text = Args.Str(a, 0);
            if (text.Length == 0) return NullValue.Instance;
            string pem;
            try
            {
                pem = Decoded(text);
            }
            catch (BuiltinException)
            {
                return ArrayValue.Empty;
            }
            var keys = new List<Value>();
            foreach (var block in PemBlocks(pem).Where(b => b.Label.Contains("PRIVATE KEY", StringComparison.Ordinal)))
            {
                try
                {
                    using var rsa = RSA.Create();
                    rsa.ImportFromPem(block.Text);
                    keys.Add(RsaJwk(rsa.ExportParameters(true)));
                }
                catch (Exception ex) when (ex is CryptographicException or ArgumentException)
                {
                    // Keys that are not RSA are skipped.
                }
            }
            return new ArrayValue(keys.ToArray());
        });
    }

    private static readonly Dictionary<string, string> ExtendedKeyUsages = new(StringComparer.Ordinal)
    {
        ["KeyUsageServerAuth"] = "1.3.6.1.5.5.7.3.1",
        ["KeyUsageClientAuth"] = "1.3.6.1.5.5.7.3.2",
        ["KeyUsageCodeSigning"] = "1.3.6.1.5.5.7.3.3",
        ["KeyUsageEmailProtection"] = "1.3.6.1.5.5.7.3.4",
        ["KeyUsageTimeStamping"] = "1.3.6.1.5.5.7.3.8",
        ["KeyUsageOCSPSigning"] = "1.3.6.1.5.5.7.3.9",
    };

    /// <summary>Verifies a chain given trust anchor first and leaf last; options as Go's x509.VerifyOptions (DNSName, CurrentTime, KeyUsages).</summary>
    private static Value VerifyChain(List<X509Certificate2> certs, ObjectValue options)
    {
        var invalid = new ArrayValue([BoolValue.False, ArrayValue.Empty]);
        if (certs.Count < 2) return invalid;
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (options.Get("CurrentTime") is NumberValue now && now.TryGetBigInteger(out var ns))
            chain.ChainPolicy.VerificationTime = TimeBuiltins.FromNs(ns).UtcDateTime;
        if (options.Get("KeyUsages") is ArrayValue usages)
        {
            foreach (var u in usages.Items.OfType<StringValue>())
            {
                if (ExtendedKeyUsages.TryGetValue(u.Value, out var oid)) chain.ChainPolicy.ApplicationPolicy.Add(new Oid(oid));
            }
        }
        chain.ChainPolicy.CustomTrustStore.Add(certs[0]);
        foreach (var c in certs.Skip(1).Take(certs.Count - 2)) chain.ChainPolicy.ExtraStore.Add(c);
        if (!chain.Build(certs[^1])) return invalid;
        if (options.Get("DNSName") is StringValue { Value.Length: > 0 } dns && !certs[^1].MatchesHostname(dns.Value)) return invalid;
        return new ArrayValue([BoolValue.True, new ArrayValue(chain.ChainElements.Select(e => CertValue(e.Certificate)).ToArray())]);
    }

    private static string B64Url(byte[]? b) => b is null ? "" : Convert.ToBase64String(b).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static Value RsaJwk(RSAParameters p) => Obj(
        ("kty", new StringValue("RSA")), ("n", new StringValue(B64Url(p.Modulus))), ("e", new StringValue(B64Url(p.Exponent))),
        ("d", new StringValue(B64Url(p.D))), ("p", new StringValue(B64Url(p.P))), ("q", new StringValue(B64Url(p.Q))),
        ("dp", new StringValue(B64Url(p.DP))), ("dq", new StringValue(B64Url(p.DQ))), ("qi", new StringValue(B64Url(p.InverseQ))));

    /// <summary>Input text, base64-decoded when it is not PEM already.</summary>
    private static string Decoded(string text)
    {
        if (text.TrimStart().StartsWith("-----BEGIN", StringComparison.Ordinal)) return text;
        return Encoding.UTF8.GetString(EncodingBuiltins.DecodeBase64(text));
    }

    private static byte[] PemOrDer(string text, string label)
    {
        if (text.TrimStart().StartsWith("-----BEGIN", StringComparison.Ordinal)) return PemBlocks(text).FirstOrDefault(b => b.Label == label).Der ?? [];
        var raw = EncodingBuiltins.DecodeBase64(text);
        var asText = Encoding.UTF8.GetString(raw);
        return asText.StartsWith("-----BEGIN", StringComparison.Ordinal) ? PemBlocks(asText).FirstOrDefault(b => b.Label == label).Der ?? [] : raw;
    }

    private static List<(string Label, string Text, byte[] Der)> PemBlocks(string text)
    {
        var list = new List<(string, string, byte[])>();
        var pos = 0;
        while (true)
        {
            var begin = text.IndexOf("-----BEGIN ", pos, StringComparison.Ordinal);
            if (begin < 0) return list;
            var labelEnd = text.IndexOf("-----", begin + 11, StringComparison.Ordinal);
            if (labelEnd < 0) return list;
            var label = text[(begin + 11)..labelEnd];
            var endMarker = $"-----END {label}-----";
            var end = text.IndexOf(endMarker, labelEnd, StringComparison.Ordinal);
            if (end < 0) return list;
            var body = text[(labelEnd + 5)..end];
            byte[] der;
            try
            {
                der = Convert.FromBase64String(string.Concat(body.Where(c => !char.IsWhiteSpace(c))));
            }
            catch (FormatException)
            {
                der = [];
            }
            list.Add((label, text[begin..(end + endMarker.Length)], der));
            pos = end + endMarker.Length;
        }
    }

    private static List<X509Certificate2> Certificates(string text)
    {
        var pem = text.TrimStart().StartsWith("-----BEGIN", StringComparison.Ordinal) ? text : null;
        byte[]? der = null;
        if (pem is null)
        {
            var raw = EncodingBuiltins.DecodeBase64(text);
            var asText = Encoding.UTF8.GetString(raw);
            if (asText.StartsWith("-----BEGIN", StringComparison.Ordinal)) pem = asText;
            else der = raw;
        }
        try
        {
            if (der is not null) return [X509CertificateLoader.LoadCertificate(der)];
            return PemBlocks(pem!).Where(b => b.Label == "CERTIFICATE").Select(b => X509CertificateLoader.LoadCertificate(b.Der)).ToList();
        }
        catch (CryptographicException ex)
        {
            throw BuiltinException.Error($"x509: malformed certificate: {ex.Message}");
        }
    }

    private static ObjectValue Obj(params (string Key, Value Value)[] entries)
        => new(entries.ToDictionary(e => (Value)new StringValue(e.Key), e => e.Value));

    private static Value Strings(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? NullValue.Instance : Args.Strings(list);
    }

    private static Value NameValue(X500DistinguishedName name)
    {
        var parts = new Dictionary<string, List<string>>();
        foreach (var rdn in name.EnumerateRelativeDistinguishedNames())
        {
            var oid = rdn.GetSingleElementType().Value ?? "";
            var value = rdn.GetSingleElementValue() ?? "";
            if (!parts.TryGetValue(oid, out var l)) parts[oid] = l = new List<string>();
            l.Add(value);
        }
        string First(string oid) => parts.TryGetValue(oid, out var l) ? l[0] : "";
        Value All(string oid) => parts.TryGetValue(oid, out var l) ? Args.Strings(l) : NullValue.Instance;
        return Obj(("CommonName", new StringValue(First("2.5.4.3"))), ("SerialNumber", new StringValue(First("2.5.4.5"))),
            ("Country", All("2.5.4.6")), ("Organization", All("2.5.4.10")), ("OrganizationalUnit", All("2.5.4.11")),
            ("Locality", All("2.5.4.7")), ("Province", All("2.5.4.8")), ("StreetAddress", All("2.5.4.9")), ("PostalCode", All("2.5.4.17")));
    }

    private static Value CertValue(X509Certificate2 c)
    {
        var dns = new List<string>();
        var uris = new List<string>();
        var emails = new List<string>();
        var ips = new List<string>();
        foreach (var ext in c.Extensions)
        {
            if (ext.Oid?.Value != "2.5.29.17") continue;
            try
            {
                var reader = new AsnReader(ext.RawData, AsnEncodingRules.DER).ReadSequence();
                while (reader.HasData)
                {
                    var tag = reader.PeekTag();
                    if (tag.TagClass != TagClass.ContextSpecific) { reader.ReadEncodedValue(); continue; }
                    switch (tag.TagValue)
                    {
                        case 1: emails.Add(reader.ReadCharacterString(UniversalTagNumber.IA5String, tag)); break;
                        case 2: dns.Add(reader.ReadCharacterString(UniversalTagNumber.IA5String, tag)); break;
                        case 6: uris.Add(reader.ReadCharacterString(UniversalTagNumber.IA5String, tag)); break;
                        case 7: ips.Add(new System.Net.IPAddress(reader.ReadOctetString(tag)).ToString()); break;
                        default: reader.ReadEncodedValue(); break;
                    }
                }
            }
            catch (AsnContentException)
            {
                // A malformed SAN extension contributes no names.
            }
        }
        var isCa = c.Extensions.OfType<X509BasicConstraintsExtension>().FirstOrDefault()?.CertificateAuthority ?? false;
        return Obj(("Raw", new StringValue(Convert.ToBase64String(c.RawData))), ("Version", NumberValue.Of(c.Version)),
            ("SerialNumber", NumberValue.Of(new System.Numerics.BigInteger(c.GetSerialNumber(), isUnsigned: true))),
            ("Subject", NameValue(c.SubjectName)), ("Issuer", NameValue(c.IssuerName)),
            ("NotBefore", new StringValue(c.NotBefore.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture))),
            ("NotAfter", new StringValue(c.NotAfter.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture))),
            ("DNSNames", Strings(dns)), ("URIStrings", Strings(uris)), ("EmailAddresses", Strings(emails)), ("IPAddresses", Strings(ips)),
            ("IsCA", BoolValue.Of(isCa)));
    }
}
