using System.Globalization;
using System.Text.RegularExpressions;

namespace Infra.Vault.Provider;

/// <summary>Vault reports some durations in Go's spelling (<c>1h2m3s</c>, <c>0s</c>); this turns them into seconds.</summary>
internal static partial class GoDuration
{
    public static long? ToSeconds(string text)
    {
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var plain))
        {
            return plain;
        }
        var match = Pattern().Match(text);
        if (!match.Success || text.Length == 0)
        {
            return null;
        }
        long Part(string name, long scale) => match.Groups[name].Success ? long.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture) * scale : 0;
        return Part("h", 3600) + Part("m", 60) + Part("s", 1);
    }

    [GeneratedRegex(@"^(?:(?<h>\d+)h)?(?:(?<m>\d+)m)?(?:(?<s>\d+)s)?$")]
    private static partial Regex Pattern();
}
