using System.Numerics;
using System.Text.RegularExpressions;
using Infra.Policy.Values;

namespace Infra.Policy.Builtins;

/// <summary><c>semver.is_valid</c> and <c>semver.compare</c> (Semantic Versioning 2.0.0 precedence).</summary>
internal static partial class Semver
{
    [GeneratedRegex(@"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$")]
    private static partial Regex Pattern();

    public static void Register(BuiltinTable t)
    {
        t.Add("semver.is_valid", 1, a => BoolValue.Of(a[0] is StringValue s && Pattern().IsMatch(s.Value)));
        t.Add("semver.compare", 2, a =>
        {
            var x = Parse(Args.Str(a, 0));
            var y = Parse(Args.Str(a, 1));
            return NumberValue.Of(Compare(x, y));
        });
    }

    private static Match Parse(string v)
    {
        var m = Pattern().Match(v);
        return m.Success ? m : throw BuiltinException.Error($"string {GoSprintf.Quote(v)} is not a valid SemVer");
    }

    private static int Compare(Match x, Match y)
    {
        for (var i = 1; i <= 3; i++)
        {
            var c = BigInteger.Parse(x.Groups[i].Value).CompareTo(BigInteger.Parse(y.Groups[i].Value));
            if (c != 0) return Math.Sign(c);
        }
        var px = x.Groups[4].Value;
        var py = y.Groups[4].Value;
        if (px.Length == 0 || py.Length == 0) return px.Length == py.Length ? 0 : px.Length == 0 ? 1 : -1;
        var ax = px.Split('.');
        var ay = py.Split('.');
        for (var i = 0; i < Math.Min(ax.Length, ay.Length); i++)
        {
            var nx = ax[i].All(char.IsAsciiDigit);
            var ny = ay[i].All(char.IsAsciiDigit);
            int c;
            if (nx && ny) c = BigInteger.Parse(ax[i]).CompareTo(BigInteger.Parse(ay[i]));
            else if (nx != ny) c = nx ? -1 : 1;
            else c = string.CompareOrdinal(ax[i], ay[i]);
            if (c != 0) return Math.Sign(c);
        }
        return Math.Sign(ax.Length.CompareTo(ay.Length));
    }
}
