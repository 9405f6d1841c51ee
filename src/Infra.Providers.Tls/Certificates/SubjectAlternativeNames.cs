using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;
using System.Text.RegularExpressions;

namespace Infra.Providers.Tls;

/// <summary>Validates DNS names, IP addresses and URIs and builds the subjectAltName extension from them.</summary>
internal static partial class SubjectAlternativeNames
{
    internal const string ExtensionOid = "2.5.29.17";

    /// <summary>Returns the extension, or null when no names were given or any was invalid (errors are recorded).</summary>
    internal static X509Extension? Build(
        IReadOnlyList<string>? dnsNames, IReadOnlyList<string>? ipAddresses, IReadOnlyList<string>? uris, bool critical, FieldErrors errors)
    {
        dnsNames ??= [];
        ipAddresses ??= [];
        uris ??= [];
        var builder = new SubjectAlternativeNameBuilder();
        var count = 0;
        var before = errors.All.Count;
        for (var i = 0; i < dnsNames.Count; i++)
        {
            if (IsDnsName(dnsNames[i]))
            {
                builder.AddDnsName(dnsNames[i]);
                count++;
            }
            else
            {
                errors.Add($"dnsNames[{i}]", $"'{dnsNames[i]}' is not a valid DNS name");
            }
        }

        for (var i = 0; i < ipAddresses.Count; i++)
        {
            if (TryParseIp(ipAddresses[i], out var address))
            {
                builder.AddIpAddress(address);
                count++;
            }
            else
            {
                errors.Add($"ipAddresses[{i}]", $"'{ipAddresses[i]}' is not an IPv4 or IPv6 address");
            }
        }

        for (var i = 0; i < uris.Count; i++)
        {
            if (Uri.TryCreate(uris[i], UriKind.Absolute, out var uri))
            {
                builder.AddUri(uri);
                count++;
            }
            else
            {
                errors.Add($"uris[{i}]", $"'{uris[i]}' is not an absolute URI");
            }
        }

        return count == 0 || errors.All.Count > before ? null : builder.Build(critical);
    }

    internal static bool Any(IReadOnlyList<string>? dnsNames, IReadOnlyList<string>? ipAddresses, IReadOnlyList<string>? uris) =>
        (dnsNames?.Count ?? 0) + (ipAddresses?.Count ?? 0) + (uris?.Count ?? 0) > 0;

    private static bool IsDnsName(string name) => name.Length is > 0 and <= 253 && DnsNamePattern().IsMatch(name);

    /// <summary>Strict parsing: dotted-quad IPv4 or IPv6, not the shorthand forms <see cref="IPAddress.TryParse(string?, out IPAddress?)"/> accepts.</summary>
    private static bool TryParseIp(string text, out IPAddress address)
    {
        if (IPAddress.TryParse(text, out var parsed)
            && (parsed.AddressFamily == AddressFamily.InterNetworkV6 ? text.Contains(':') : text.Count(c => c == '.') == 3))
        {
            address = parsed;
            return true;
        }

        address = IPAddress.None;
        return false;
    }

    [GeneratedRegex(@"^(\*\.)?[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?$")]
    private static partial Regex DnsNamePattern();
}
