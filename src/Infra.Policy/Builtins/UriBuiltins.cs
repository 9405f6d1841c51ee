using System.Text;
using Infra.Policy.Values;

namespace Infra.Policy.Builtins;

/// <summary><c>uri.parse</c> and <c>uri.is_valid</c>, following Go's <c>net/url.Parse</c> rules and error texts.</summary>
internal static class UriBuiltins
{
    private sealed class UrlError(string message) : Exception(message);

    public static void Register(BuiltinTable t)
    {
        t.Add("uri.parse", 1, a =>
        {
            var raw = Args.Str(a, 0);
            try
            {
                return Parse(raw);
            }
            catch (UrlError ex)
            {
                throw BuiltinException.Error($"parse {GoSprintf.Quote(raw)}: {ex.Message}");
            }
        });
        t.Add("uri.is_valid", 1, a =>
        {
            if (a[0] is not StringValue s || s.Value.Length == 0) return BoolValue.False;
            try
            {
                return BoolValue.Of(Parse(s.Value).Get("scheme") is not null);
            }
            catch (UrlError)
            {
                return BoolValue.False;
            }
        });
    }

    private static ObjectValue Parse(string raw)
    {
        var fields = new Dictionary<Value, Value>();
        void Set(string k, string v)
        {
            if (v.Length > 0) fields[new StringValue(k)] = new StringValue(v);
        }
        var rest = raw;
        var hash = rest.IndexOf('#');
        if (hash >= 0)
        {
            Set("fragment", Unescape(rest[(hash + 1)..], host: false));
            rest = rest[..hash];
        }
        var colon = rest.IndexOf(':');
        if (colon > 0 && char.IsAsciiLetter(rest[0]) && rest[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.'))
        {
            Set("scheme", rest[..colon].ToLowerInvariant());
            rest = rest[(colon + 1)..];
        }
        else if (colon == 0) throw new UrlError("missing protocol scheme");
        var q = rest.IndexOf('?');
        if (q >= 0)
        {
            Set("raw_query", rest[(q + 1)..]);
            rest = rest[..q];
        }
        if (fields.ContainsKey(new StringValue("scheme")) && !rest.StartsWith('/')) return new ObjectValue(fields);
        if (rest.StartsWith("//", StringComparison.Ordinal))
        {
            rest = rest[2..];
            var slash = rest.IndexOf('/');
            var authority = slash < 0 ? rest : rest[..slash];
            rest = slash < 0 ? "" : rest[slash..];
            ParseAuthority(authority, Set);
        }
        if (rest.Length > 0)
        {
            var path = Unescape(rest, host: false);
            Set("path", path);
            Set("raw_path", EscapePath(path) == rest ? path : rest);
        }
        return new ObjectValue(fields);
    }

    private static void ParseAuthority(string authority, Action<string, string> set)
    {
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            var userinfo = authority[..at];
            if (!userinfo.All(c => char.IsAsciiLetterOrDigit(c) || "-._:~!$&'()*+,;=%@".Contains(c))) throw new UrlError("net/url: invalid userinfo");
            authority = authority[(at + 1)..];
        }
        string host, port = "";
        if (authority.StartsWith('['))
        {
            var close = authority.IndexOf(']');
            if (close < 0) throw new UrlError("missing ']' in host");
            host = authority[1..close];
            var after = authority[(close + 1)..];
            if (after.Length > 0)
            {
                if (!after.StartsWith(':') || !after[1..].All(char.IsAsciiDigit)) throw new UrlError($"invalid port {GoSprintf.Quote(after)} after host");
                port = after[1..];
            }
        }
        else
        {
            var c = authority.LastIndexOf(':');
            host = c >= 0 ? authority[..c] : authority;
            if (c >= 0)
            {
                var p = authority[c..];
                if (!p[1..].All(char.IsAsciiDigit)) throw new UrlError($"invalid port {GoSprintf.Quote(p)} after host");
                port = p[1..];
            }
        }
        set("hostname", Unescape(host, host: true));
        set("port", port);
    }

    private static string Unescape(string s, bool host)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '%')
            {
                if (i + 2 >= s.Length || !System.Uri.IsHexDigit(s[i + 1]) || !System.Uri.IsHexDigit(s[i + 2]))
                    throw new UrlError($"invalid URL escape {GoSprintf.Quote(s.Substring(i, Math.Min(3, s.Length - i)))}");
                var b = Convert.ToByte(s.Substring(i + 1, 2), 16);
                if (host && b < 0x80) throw new UrlError($"invalid URL escape {GoSprintf.Quote(s.Substring(i, 3))}");
                bytes.Add(b);
                i += 2;
            }
            else bytes.AddRange(System.Text.Encoding.UTF8.GetBytes(s[i].ToString()));
        }
        return System.Text.Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static string EscapePath(string path)
    {
        var sb = new StringBuilder();
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(path))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || "-_.~$&+,/:;=@".Contains(c)) sb.Append(c);
            else sb.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }
}
