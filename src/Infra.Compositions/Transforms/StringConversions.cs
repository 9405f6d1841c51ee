using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Infra.Compositions.Values;

namespace Infra.Compositions.Transforms;

/// <summary>The <c>convert</c> kinds of the string transform (ToUpper, ToBase64, ToJson, ToSha256, …).</summary>
internal static class StringConversions
{
    public static string? Convert(string kind, JsonNode? input, out string? error)
    {
        error = null;
        switch (kind)
        {
            case "ToUpper": return GoFormat.FormatV(input).ToUpperInvariant();
            case "ToLower": return GoFormat.FormatV(input).ToLowerInvariant();
            case "ToBase64": return System.Convert.ToBase64String(Encoding.UTF8.GetBytes(GoFormat.FormatV(input)));
            case "FromBase64":
                {
                    var decoded = GoBase64.Decode(GoFormat.FormatV(input), out var position);
                    if (decoded is null)
                    {
                        error = $"string is not valid base64: illegal base64 data at input byte {position}";
                        return null;
                    }
                    return Encoding.UTF8.GetString(decoded);
                }
            case "ToJson": return GoJson.Marshal(input);
            case "ToSha1": return System.Convert.ToHexStringLower(SHA1.HashData(HashInput(input)));
            case "ToSha256": return System.Convert.ToHexStringLower(SHA256.HashData(HashInput(input)));
            case "ToSha512": return System.Convert.ToHexStringLower(SHA512.HashData(HashInput(input)));
            case "ToAdler32": return Adler32(HashInput(input)).ToString(CultureInfo.InvariantCulture);
            default:
                error = $"type {kind} is not supported for string convert";
                return null;
        }
    }

    private static byte[] HashInput(JsonNode? input) =>
        Encoding.UTF8.GetBytes(GoValue.KindOf(input) == GoKind.String ? GoValue.AsString(input!) : GoJson.Marshal(input));

    private static uint Adler32(byte[] data)
    {
        const uint Mod = 65521;
        uint a = 1, b = 0;
        foreach (var d in data)
        {
            a = (a + d) % Mod;
            b = (b + a) % Mod;
        }
        return (b << 16) | a;
    }
}
