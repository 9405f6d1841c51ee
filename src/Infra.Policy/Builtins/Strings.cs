using System.Numerics;
using System.Text;
using Infra.Policy.Values;

namespace Infra.Policy.Builtins;

/// <summary>String builtins. Offsets and lengths count Unicode code points, as OPA does.</summary>
internal static class Strings
{
    public static void Register(BuiltinTable t)
    {
        t.Add("concat", 2, a =>
        {
            var delim = Args.Str(a, 0);
            var items = a[1] switch
            {
                ArrayValue arr => arr.Items,
                SetValue s => s.Items,
                _ => throw Args.OneOf(1, a[1], "set", "array"),
            };
            return new StringValue(string.Join(delim, items.Select(v => v is StringValue s ? s.Value : throw BuiltinException.Type($"operand 2 must be array of strings but got array containing {v.TypeName}"))));
        });
        t.Add("contains", 2, a => BoolValue.Of(Args.Str(a, 0).Contains(Args.Str(a, 1), StringComparison.Ordinal)));
        t.Add("startswith", 2, a => BoolValue.Of(Args.Str(a, 0).StartsWith(Args.Str(a, 1), StringComparison.Ordinal)));
        t.Add("endswith", 2, a => BoolValue.Of(Args.Str(a, 0).EndsWith(Args.Str(a, 1), StringComparison.Ordinal)));
        t.Add("lower", 1, a => new StringValue(Args.Str(a, 0).ToLowerInvariant()));
        t.Add("upper", 1, a => new StringValue(Args.Str(a, 0).ToUpperInvariant()));
        t.Add("replace", 3, a => new StringValue(Replace(Args.Str(a, 0), Args.Str(a, 1), Args.Str(a, 2))));
        t.Add("split", 2, a => Args.Strings(Split(Args.Str(a, 0), Args.Str(a, 1))));
        t.Add("strings.split_n", 3, a =>
        {
            var parts = Split(Args.Str(a, 0), Args.Str(a, 1));
            var n = Args.BigInt(a, 2);
            if (n.IsZero) return ArrayValue.Empty;
            var take = (int)BigInteger.Min(BigInteger.Abs(n), parts.Count);
            return Args.Strings(n > 0 ? parts.Take(take) : parts.Skip(parts.Count - take));
        });
        t.Add("sprintf", 2, a => new StringValue(GoSprintf.Format(Args.Str(a, 0), Args.Arr(a, 1).Items)));
        t.Add("substring", 3, a =>
        {
            var s = Runes(Args.Str(a, 0));
            var start = Args.Int(a, 1);
            var len = Args.Int(a, 2);
            if (start < 0) throw BuiltinException.Error("negative offset");
            if (start >= s.Length) return StringValue.Empty;
            var end = len < 0 || start + len > s.Length ? s.Length : start + len;
            return new StringValue(FromRunes(s, start, end - start));
        });
        t.Add("indexof", 2, a =>
        {
            var s = Args.Str(a, 0);
            var sub = Args.Str(a, 1);
            var idx = s.IndexOf(sub, StringComparison.Ordinal);
            return NumberValue.Of(idx < 0 ? -1 : RuneCount(s[..idx]));
        });
        t.Add("indexof_n", 2, a =>
        {
            var s = Args.Str(a, 0);
            var sub = Args.Str(a, 1);
            var list = new List<Value>();
            var from = 0;
            while (from <= s.Length)
            {
                var idx = s.IndexOf(sub, from, StringComparison.Ordinal);
                if (idx < 0) break;
                list.Add(NumberValue.Of(RuneCount(s[..idx])));
                from = idx + Math.Max(1, char.IsHighSurrogate(s, Math.Min(idx, s.Length - 1)) && idx < s.Length ? 2 : 1);
                if (sub.Length == 0 && idx >= s.Length) break;
            }
            return new ArrayValue(list.ToArray());
        });
        t.Add("trim", 2, a => new StringValue(Args.Str(a, 0).Trim(Args.Str(a, 1).ToCharArray())));
        t.Add("trim_left", 2, a => new StringValue(Args.Str(a, 0).TrimStart(Args.Str(a, 1).ToCharArray())));
        t.Add("trim_right", 2, a => new StringValue(Args.Str(a, 0).TrimEnd(Args.Str(a, 1).ToCharArray())));
        t.Add("trim_prefix", 2, a =>
        {
            var s = Args.Str(a, 0);
            var p = Args.Str(a, 1);
            return new StringValue(s.StartsWith(p, StringComparison.Ordinal) ? s[p.Length..] : s);
        });
        t.Add("trim_suffix", 2, a =>
        {
            var s = Args.Str(a, 0);
            var p = Args.Str(a, 1);
            return new StringValue(s.EndsWith(p, StringComparison.Ordinal) ? s[..^p.Length] : s);
        });
        t.Add("trim_space", 1, a => new StringValue(Args.Str(a, 0).Trim()));
        t.Add("strings.count", 2, a =>
        {
            var s = Args.Str(a, 0);
            var sub = Args.Str(a, 1);
            if (sub.Length == 0) return NumberValue.Of(RuneCount(s) + 1);
            var n = 0;
            for (var i = s.IndexOf(sub, StringComparison.Ordinal); i >= 0; i = s.IndexOf(sub, i + sub.Length, StringComparison.Ordinal)) n++;
            return NumberValue.Of(n);
        });
        t.Add("strings.reverse", 1, a => new StringValue(string.Concat(Args.Str(a, 0).EnumerateRunes().Reverse().Select(r => r.ToString()))));
        t.Add("strings.replace_n", 2, a =>
        {
            var patterns = Args.Obj(a, 0);
            var s = Args.Str(a, 1);
            var pairs = new List<(string Old, string New)>();
            foreach (var kv in patterns.Entries)
            {
                if (kv.Key is not StringValue k) throw BuiltinException.Type("operand 1 must be object[string: string]");
                if (kv.Value is not StringValue v) throw BuiltinException.Type("operand 1 must be object[string: string]");
                pairs.Add((k.Value, v.Value));
            }
            var sb = new StringBuilder();
            for (var i = 0; i < s.Length;)
            {
                var hit = pairs.FirstOrDefault(p => p.Old.Length > 0 && string.CompareOrdinal(s, i, p.Old, 0, p.Old.Length) == 0);
                if (hit.Old is not null)
                {
                    sb.Append(hit.New);
                    i += hit.Old.Length;
                }
                else sb.Append(s[i++]);
            }
            return new StringValue(sb.ToString());
        });
        t.Add("strings.any_prefix_match", 2, a => BoolValue.Of(AnyMatch(a, (s, p) => s.StartsWith(p, StringComparison.Ordinal))));
        t.Add("strings.any_suffix_match", 2, a => BoolValue.Of(AnyMatch(a, (s, p) => s.EndsWith(p, StringComparison.Ordinal))));
        t.Add("format_int", 2, a =>
        {
            var n = Args.Num(a, 0);
            var b = Args.Num(a, 1);
            if (!b.TryGetInt64(out var radix) || radix is not (2 or 8 or 10 or 16))
                throw BuiltinException.Type("operand 2 must be one of {2, 8, 10, 16}");
            var i = n.IsInteger ? n.Integer : new BigInteger(Math.Truncate(n.AsDouble));
            var digits = radix == 10 ? BigInteger.Abs(i).ToString(System.Globalization.CultureInfo.InvariantCulture) : GoSprintf.Radix(BigInteger.Abs(i), (int)radix);
            return new StringValue((i.Sign < 0 ? "-" : "") + digits);
        });
    }

    private static bool AnyMatch(Value[] a, Func<string, string, bool> match)
    {
        var search = StringsOf(a, 0);
        var bases = StringsOf(a, 1);
        return search.Any(s => bases.Any(p => match(s, p)));
    }

    private static List<string> StringsOf(Value[] a, int i)
    {
        IReadOnlyList<Value> items = a[i] switch
        {
            StringValue s => [s],
            ArrayValue arr => arr.Items,
            SetValue set => set.Items,
            _ => throw Args.OneOf(i, a[i], "string", "set", "array"),
        };
        return items.Select(v => v is StringValue s ? s.Value
            : throw BuiltinException.Type($"operand {i + 1} must be array of strings but got array containing {v.TypeName}")).ToList();
    }

    private static string Replace(string s, string old, string repl)
    {
        if (old.Length > 0) return s.Replace(old, repl, StringComparison.Ordinal);
        var sb = new StringBuilder(repl);
        foreach (var r in s.EnumerateRunes()) sb.Append(r.ToString()).Append(repl);
        return sb.ToString();
    }

    public static List<string> Split(string s, string delim)
    {
        if (delim.Length == 0) return s.EnumerateRunes().Select(r => r.ToString()).ToList();
        return s.Split(delim).ToList();
    }

    public static int[] Runes(string s) => s.EnumerateRunes().Select(r => r.Value).ToArray();

    public static string FromRunes(int[] runes, int start, int count)
    {
        var sb = new StringBuilder();
        for (var i = start; i < start + count; i++) sb.Append(char.ConvertFromUtf32(runes[i]));
        return sb.ToString();
    }

    public static int RuneCount(string s) => s.EnumerateRunes().Count();
}
