using System.Text.RegularExpressions;
using Infra.Policy.Values;

namespace Infra.Policy.Builtins;

/// <summary>
/// <c>regex.*</c> builtins. Patterns use RE2 syntax and are translated for .NET's engine by <see cref="Re2Translator"/>
/// (ASCII classes, <c>$</c> as end of text, named groups); Perl-only constructs are rejected as RE2 does.
/// </summary>
internal static class RegexBuiltins
{
    public static void Register(BuiltinTable t)
    {
        t.Add("regex.match", 2, (ctx, a) => BoolValue.Of(Cached(ctx, Args.Str(a, 0)).IsMatch(Args.Str(a, 1))));
        t.Add("re_match", 2, (ctx, a) => BoolValue.Of(Cached(ctx, Args.Str(a, 0)).IsMatch(Args.Str(a, 1))));
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
        t.Add("regex.replace", 3, a =>
        {
            var names = new Dictionary<string, int>();
            var re = Compile(Args.Str(a, 1), names);
            return new StringValue(re.Replace(Args.Str(a, 0), GoReplacement(Args.Str(a, 2), names)));
        });
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

    // Go expands $1, ${1}, $name and ${name}; names map to the numbered groups the translation produced.
    private static string GoReplacement(string r, Dictionary<string, int> names)
        => Regex.Replace(r, @"\$\{?(\w+)\}?", m => names.TryGetValue(m.Groups[1].Value, out var n) ? "${" + n + "}" : "${" + m.Groups[1].Value + "}");

    private static Regex? TryCompile(string pattern, out string? error, Dictionary<string, int>? names = null)
    {
        var (translated, problem) = Re2Translator.Translate(pattern, names ?? new Dictionary<string, int>());
        error = problem;
        if (translated is null) return null;
        try
        {
            return new Regex(translated, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
        }
        catch (ArgumentException ex)
        {
            error = ex.Message;
            return null;
        }
    }

    private static Regex? TryCompile(string pattern) => TryCompile(pattern, out _);

    // A policy matches the same few patterns against every resource: translate and build each once per query.
    private static Regex Cached(BuiltinContext ctx, string pattern)
    {
        if (ctx.Regexes.TryGetValue(pattern, out var cached)) return cached;
        var re = Compile(pattern);
        ctx.Regexes[pattern] = re;
        return re;
    }

    public static Regex Compile(string pattern, Dictionary<string, int>? names = null)
        => TryCompile(pattern, out var error, names) ?? throw BuiltinException.Error($"error parsing regexp: {error ?? "invalid regular expression"}: `{pattern}`");
}
