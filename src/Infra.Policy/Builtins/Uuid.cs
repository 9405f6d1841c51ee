using System.Globalization;
using System.Numerics;
using Infra.Policy.Values;

namespace Infra.Policy.Builtins;

/// <summary><c>uuid.rfc4122</c> (random v4, cached per query) and <c>uuid.parse</c>.</summary>
internal static class Uuid
{
    public static void Register(BuiltinTable t)
    {
        t.Add(new BuiltinDef("uuid.rfc4122", 1, (ctx, a) =>
        {
            Args.Str(a, 0);
            var bytes = new byte[16];
            ctx.Random.NextBytes(bytes);
            bytes[6] = (byte)((bytes[6] & 0x0f) | 0x40);
            bytes[8] = (byte)((bytes[8] & 0x3f) | 0x80);
            var hex = Convert.ToHexString(bytes).ToLowerInvariant();
            return new StringValue($"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}");
        }) { NonDeterministic = true });
        t.Add("uuid.parse", 1, a => Parse(Args.Str(a, 0)));
    }

    private static Value? Parse(string s)
    {
        string hex;
        if (s.Length == 36 + 9 && s[..9].Equals("urn:uuid:", StringComparison.OrdinalIgnoreCase)) s = s[9..];
        if (s.Length == 38 && ((s[0] == '{' && s[^1] == '}') || (s[0] == '(' && s[^1] == ')'))) s = s[1..^1];
        if (s.Length == 36)
        {
            if (s[8] != '-' || s[13] != '-' || s[18] != '-' || s[23] != '-') return null;
            hex = s.Replace("-", "", StringComparison.Ordinal);
        }
        else if (s.Length == 32) hex = s;
        else return null;
        if (hex.Length != 32 || !hex.All(Uri.IsHexDigit)) return null;
        var b = Convert.FromHexString(hex);
        var version = b[6] >> 4;
        var variantBits = b[8];
        var variant = (variantBits & 0xc0) == 0x80 ? "RFC4122" : (variantBits & 0xe0) == 0xc0 ? "Microsoft" : (variantBits & 0x80) == 0 ? "Reserved" : "Future";
        var map = new Dictionary<Value, Value>
        {
            [new StringValue("version")] = NumberValue.Of(version),
            [new StringValue("variant")] = new StringValue(variant),
        };
        if (version is 1 or 2)
        {
            var timeLow = (long)((uint)(b[0] << 24 | b[1] << 16 | b[2] << 8 | b[3]));
            var timeMid = (long)(b[4] << 8 | b[5]);
            var timeHi = (long)((b[6] & 0x0f) << 8 | b[7]);
            var time = timeHi << 48 | timeMid << 32 | timeLow;
            var clockSeq = (b[8] & 0x3f) << 8 | b[9];
            if (version == 2)
            {
                map[new StringValue("id")] = NumberValue.Of(timeLow);
                map[new StringValue("domain")] = new StringValue(b[9] switch { 0 => "Person", 1 => "Group", 2 => "Org", _ => $"Domain{b[9].ToString(CultureInfo.InvariantCulture)}" });
            }
            map[new StringValue("time")] = NumberValue.Of((new BigInteger(time) - 122192928000000000) * 100);
            map[new StringValue("clocksequence")] = NumberValue.Of(clockSeq);
            map[new StringValue("nodeid")] = new StringValue(string.Join('-', b[10..].Select(x => x.ToString("x2", CultureInfo.InvariantCulture))));
            map[new StringValue("macvariables")] = new StringValue(((b[10] & 2) != 0 ? "local" : "global") + ":" + ((b[10] & 1) != 0 ? "multicast" : "unicast"));
        }
        return new ObjectValue(map);
    }
}
