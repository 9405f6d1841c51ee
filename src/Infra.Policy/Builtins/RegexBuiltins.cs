using System.Text.RegularExpressions;
using Infra.Policy.Values;

namespace Infra.Policy.Builtins;

/// <summary>
/// <c>regex.*</c> builtins on .NET's regex engine in a mode close to RE2 (no backtracking constructs are
/// rejected, so patterns RE2 refuses — look-around, backreferences — are accepted here; that is the known gap).
/// </summary>
internal static class RegexBuiltins
{
    public static void Register(BuiltinTable t)
    {
        t.Add("regex.match", 2, a => BoolValue.Of(Compile(Args.Str(a, 0)).IsMatch(Args.Str(a, 1))));
        t.Add("re_match", 2, a => BoolValue.Of(Compile(Args.Str(a, 0)).IsMatch(Args.Str(a, 1))));
        t.Add("regex.is_valid", 2 - 1, a => BoolValue.Of(a[0] is StringValue s && TryCompile(s.Value) is not null));
        t.Add("regex.find_n", 3, a =>
        {
            var matches = Compile(Args.Str(a, 0)).Matches(Args.Str(a, 1)).Select(m => m.Value);
            var n = Args.Int(a, 2);
            return Args.Strings(n < 0 ? matches : matches.Take(n));
        });
        t.Add("regex.find_all_string_submatch_n", 3, a =>
        {
            var n = Args.Int(a, 2);
            var matches = Compile(Args.Str(a, 0)).Matches(Args.Str(a, 1)).AsEnumerable();
            if (n >= 0) matches = matches.Take(n);
            return new ArrayValue(matches.Select(m => (Value)Args.Strings(m.Groups.Cast<Group>().Select(g => g.Value))).ToArray());
        });
        t.Add("regex.split", 2, a => Args.Strings(Compile(Args.Str(a, 0)).Split(Args.Str(a, 1))));
        t.Add("regex.replace", 3, a => new StringValue(Compile(Args.Str(a, 1)).Replace(Args.Str(a, 0), GoReplacement(Args.Str(a, 2)))));
        t.Add("regex.template_match", 4, a =>
        {
            var template = Args.Str(a, 0);
            var value = Args.Str(a, 1);
            var open = Args.Str(a, 2);
            var close = Args.Str(a, 3);
            var pattern = "^";
            var i = 0;
            while (i < template.Length)
            {
                var s = template.IndexOf(open, i, StringComparison.Ordinal);
                if (s < 0)
                {
                    pattern += Regex.Escape(template[i..]);
                    break;
                }
                var e = template.IndexOf(close, s + open.Length, StringComparison.Ordinal);
                if (e < 0) throw BuiltinException.Error($"unbalanced delimiters in template {template}");
                pattern += Regex.Escape(template[i..s]) + "(?:" + template[(s + open.Length)..e] + ")";
                i = e + close.Length;
            }
            return BoolValue.Of(Compile(pattern + "$").IsMatch(value));
        });
    }

    private static string GoReplacement(string r) => Regex.Replace(r, @"\$\{?(\w+)\}?", m => "${" + m.Groups[1].Value + "}");

    private static Regex? TryCompile(string pattern)
    {
        try
        {
            return new Regex(Translate(pattern), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    public static Regex Compile(string pattern)
        => TryCompile(pattern) ?? throw BuiltinException.Error($"error parsing regexp: invalid regular expression: `{pattern}`");

    // RE2 spells named groups (?P<name>…); .NET accepts (?<name>…). \z is the same; \Z differs but is rare.
    private static string Translate(string p) => p.Replace("(?P<", "(?<", StringComparison.Ordinal);
}
