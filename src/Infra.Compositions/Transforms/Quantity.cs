using System.Globalization;
using System.Text.RegularExpressions;

namespace Infra.Compositions.Transforms;

/// <summary>Parses Kubernetes resource quantities (<c>500m</c>, <c>1Gi</c>, <c>2e3</c>) to an approximate float64.</summary>
internal static partial class Quantity
{
    public const string Pattern = "^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$";

    [GeneratedRegex(Pattern)]
    private static partial Regex QuantityRegex();

    public static double? Parse(string text, out string? error)
    {
        error = null;
        var match = QuantityRegex().Match(text);
        if (!match.Success || !decimal.TryParse(match.Groups[1].Value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            error = $"quantities must match the regular expression '{Pattern}'";
            return null;
        }
        var suffix = match.Groups[2].Value;
        double scale;
        switch (suffix)
        {
            case "": scale = 1; break;
            case "n": scale = 1e-9; break;
            case "u": scale = 1e-6; break;
            case "m": scale = 1e-3; break;
            case "k": scale = 1e3; break;
            case "M": scale = 1e6; break;
            case "G": scale = 1e9; break;
            case "T": scale = 1e12; break;
            case "P": scale = 1e15; break;
            case "E": scale = 1e18; break;
            case "Ki": scale = 1L << 10; break;
            case "Mi": scale = 1L << 20; break;
            case "Gi": scale = 1L << 30; break;
            case "Ti": scale = 1L << 40; break;
            case "Pi": scale = 1L << 50; break;
            case "Ei": scale = 1L << 60; break;
            default:
                if ((suffix[0] == 'e' || suffix[0] == 'E') && int.TryParse(suffix[1..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var exponent))
                {
                    scale = Math.Pow(10, exponent);
                    break;
                }
                error = "unable to parse quantity's suffix";
                return null;
        }
        return (double)number * scale;
    }
}
