using System.Text;
using Infra.Policy.Values;

namespace Infra.Policy.Builtins;

/// <summary>base64, base64url, hex and URL query encodings.</summary>
internal static class EncodingBuiltins
{
    private static readonly UTF8Encoding Utf8 = new(false, false);

    public static void Register(BuiltinTable t)
    {
        t.Add("base64.encode", 1, a => new StringValue(Convert.ToBase64String(Utf8.GetBytes(Args.Str(a, 0)))));
        t.Add("base64.decode", 1, a => new StringValue(Utf8.GetString(DecodeBase64(Args.Str(a, 0)))));
        t.Add("base64.is_valid", 1, a => BoolValue.Of(TryBase64(Args.Str(a, 0), out _)));
        t.Add("base64url.encode", 1, a => new StringValue(Convert.ToBase64String(Utf8.GetBytes(Args.Str(a, 0))).Replace('+', '-').Replace('/', '_')));
        t.Add("base64url.encode_no_pad", 1, a => new StringValue(Convert.ToBase64String(Utf8.GetBytes(Args.Str(a, 0))).Replace('+', '-').Replace('/', '_').TrimEnd('=')));
        t.Add("base64url.decode", 1, a => new StringValue(Utf8.GetString(DecodeBase64Url(Args.Str(a, 0)))));
        t.Add("hex.encode", 1, a => new StringValue(Convert.ToHexString(Utf8.GetBytes(Args.Str(a, 0))).ToLowerInvariant()));
        t.Add("hex.decode", 1, a =>
        {
            var s = Args.Str(a, 0);
            try
            {
                return new StringValue(Utf8.GetString(Convert.FromHexString(s)));
            }
            catch (FormatException)
            {
                throw BuiltinException.Error($"encoding/hex: invalid byte: {s}");
            }
        });
        t.Add("urlquery.encode", 1, a => new StringValue(QueryEscape(Args.Str(a, 0))));
        t.Add("urlquery.decode", 1, a => new StringValue(QueryUnescape(Args.Str(a, 0))));
        t.Add("urlquery.encode_object", 1, a =>
        {
            var o = Args.Obj(a, 0);
            var parts = new List<string>();
            foreach (var kv in o.Entries)
            {
                var k = kv.Key is StringValue ks ? ks.Value : throw BuiltinException.Type("operand 1 must be object[string: any]");
                IEnumerable<Value> values = kv.Value switch
                {
                    StringValue s => [s],
                    ArrayValue arr => arr.Items,
                    SetValue set => set.Items,
                    _ => throw BuiltinException.Type($"operand 1 must be object[string: any<string, array[string], set[string]>] but got {kv.Value.TypeName}"),
                };
                foreach (var v in values)
                    parts.Add(QueryEscape(k) + "=" + QueryEscape(v is StringValue sv ? sv.Value : throw BuiltinException.Type("values must be strings")));
            }
            return new StringValue(string.Join('&', parts));
        });
        t.Add("urlquery.decode_object", 1, a =>
        {
            var map = new Dictionary<string, List<Value>>();
            foreach (var part in Args.Str(a, 0).Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = part.IndexOf('=');
                var k = QueryUnescape(eq < 0 ? part : part[..eq]);
                var v = eq < 0 ? "" : QueryUnescape(part[(eq + 1)..]);
                if (!map.TryGetValue(k, out var list)) map[k] = list = new List<Value>();
                list.Add(new StringValue(v));
            }
            return new ObjectValue(map.ToDictionary(kv => (Value)new StringValue(kv.Key), kv => (Value)new ArrayValue(kv.Value.ToArray())));
        });
    }

    private static bool TryBase64(string s, out byte[] bytes)
    {
        bytes = [];
        if (s.Length % 4 != 0) return false;
        try
        {
            bytes = Convert.FromBase64String(s);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    public static byte[] DecodeBase64(string s)
    {
        if (TryBase64(s, out var b)) return b;
        throw BuiltinException.Error($"illegal base64 data at input byte {IllegalIndex(s, false)}");
    }

    public static byte[] DecodeBase64Url(string s)
    {
        if (s.IndexOfAny(['+', '/']) >= 0) throw BuiltinException.Error($"illegal base64 data at input byte {IllegalIndex(s, true)}");
        var std = s.Replace('-', '+').Replace('_', '/');
        if (std.Length % 4 != 0 && !std.Contains('=')) std = std.PadRight(std.Length + (4 - std.Length % 4) % 4, '=');
        if (TryBase64(std, out var b)) return b;
        throw BuiltinException.Error($"illegal base64 data at input byte {IllegalIndex(s, true)}");
    }

    private static int IllegalIndex(string s, bool url)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            var ok = char.IsAsciiLetterOrDigit(c) || (url ? c is '-' or '_' : c is '+' or '/');
            if (c == '=') return i;
            if (!ok) return i;
        }
        return s.Length - s.Length % 4;
    }

    /// <summary>Go's <c>url.QueryEscape</c>.</summary>
    public static string QueryEscape(string s)
    {
        var sb = new StringBuilder();
        foreach (var b in Utf8.GetBytes(s))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~') sb.Append(c);
            else if (c == ' ') sb.Append('+');
            else sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    public static string QueryUnescape(string s)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c == '+') bytes.Add((byte)' ');
            else if (c == '%')
            {
                if (i + 2 >= s.Length || !Uri.IsHexDigit(s[i + 1]) || !Uri.IsHexDigit(s[i + 2]))
                    throw BuiltinException.Error($"invalid URL escape {GoSprintf.Quote(s.Substring(i, Math.Min(3, s.Length - i)))}");
                bytes.Add(Convert.ToByte(s.Substring(i + 1, 2), 16));
                i += 2;
            }
            else bytes.AddRange(Utf8.GetBytes(c.ToString()));
        }
        return Utf8.GetString(bytes.ToArray());
    }
}
