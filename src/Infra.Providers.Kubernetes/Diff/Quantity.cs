using System.Globalization;
using System.Text.RegularExpressions;

namespace Infra.Providers.Kubernetes.Diff;

/// <summary>Parses Kubernetes resource quantities (<c>1Gi</c>, <c>1024Mi</c>, <c>500m</c>, <c>1e3</c>) to exact decimals.</summary>
internal static partial class Quantity
{
    /// <summary>Parses a quantity string; false when it is not one or does not fit a decimal.</summary>
    public static bool TryParse(string text, out decimal value)
    {
        value = 0;
        var match = QuantityPattern().Match(text);
        if (!match.Success || !decimal.TryParse(match.Groups["number"].Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return false;
        }

        try
        {
            var suffix = match.Groups["suffix"].Value;
            value = suffix switch
            {
                "" => number,
                "Ki" => number * Pow(1024, 1),
                "Mi" => number * Pow(1024, 2),
                "Gi" => number * Pow(1024, 3),
                "Ti" => number * Pow(1024, 4),
                "Pi" => number * Pow(1024, 5),
                "Ei" => number * Pow(1024, 6),
                "n" => number / 1_000_000_000m,
                "u" => number / 1_000_000m,
                "m" => number / 1_000m,
                "k" => number * 1_000m,
                "M" => number * Pow(1000, 2),
                "G" => number * Pow(1000, 3),
                "T" => number * Pow(1000, 4),
                "P" => number * Pow(1000, 5),
                "E" => number * Pow(1000, 6),
                _ => number * Pow(10, int.Parse(suffix[1..], CultureInfo.InvariantCulture)),
            };
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    private static decimal Pow(int @base, int exponent)
    {
        var result = 1m;
        for (var i = 0; i < Math.Abs(exponent); i++)
        {
            result *= @base;
        }

        return exponent < 0 ? 1m / result : result;
    }

    [GeneratedRegex(@"^(?<number>[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+))(?<suffix>|Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?[0-9]{1,2})$")]
    private static partial Regex QuantityPattern();
}
