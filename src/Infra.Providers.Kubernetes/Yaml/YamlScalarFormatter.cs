
namespace Infra.Providers.Kubernetes.Yaml;

/// <summary>
/// Decides how a string is written so that YAML 1.1 readers (kubectl's go-yaml) and YAML 1.2
/// readers both read it back as the same string: plain when unambiguous, double-quoted otherwise,
/// literal block for multi-line text.
/// </summary>
internal static class YamlScalarFormatter
{
    // Plain words that YAML 1.1 or 1.2 resolves to booleans or null.
    private static readonly HashSet<string> ReservedWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "null", "~", "true", "false", "yes", "no", "on", "off", "y", "n", "=", "<<",
    };

    /// <summary>Appends <paramref name="value"/> as a flow (single-line) scalar: plain or double-quoted.</summary>
    public static void AppendFlow(YamlText output, string value)
    {
        if (CanBePlain(value))
        {
            output.Append(value);
        }
        else
        {
            AppendDoubleQuoted(output, value);
        }
    }

    /// <summary>True when the value is multi-line text that reads better as a literal block.</summary>
    public static bool PrefersLiteralBlock(string value)
    {
        if (!value.Contains('\n') || value.Trim('\n').Length == 0)
        {
            return false;
        }

        foreach (var c in value)
        {
            if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7F || IsSpecialUnicode(c))
            {
                return false;
            }
        }

        // Lines ending in spaces survive a literal block, but editors strip them; a line that is
        // only whitespace before the first content would change the detected indentation.
        foreach (var line in value.Split('\n'))
        {
            if (line.Length > 0 && (line[^1] == ' ' || line[^1] == '\t'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Appends a literal block scalar header and its lines, indented by <paramref name="indent"/>.</summary>
    public static void AppendLiteralBlock(YamlText output, string value, int indent)
    {
        output.Append('|');
        var firstContent = value.TrimStart('\n');
        if (firstContent[0] == ' ')
        {
            output.Append('2');
        }

        var trailingNewlines = 0;
        for (var i = value.Length - 1; i >= 0 && value[i] == '\n'; i--)
        {
            trailingNewlines++;
        }

        output.Append(trailingNewlines switch { 0 => "-", 1 => string.Empty, _ => "+" });
        output.Append('\n');

        var body = value[..^trailingNewlines];
        var lines = body.Split('\n');
        foreach (var line in lines)
        {
            if (line.Length > 0)
            {
                output.Append(' ', indent).Append(line);
            }

            output.Append('\n');
        }

        for (var i = 1; i < trailingNewlines; i++)
        {
            output.Append('\n');
        }
    }

    internal static bool CanBePlain(string value)
    {
        if (value.Length == 0 || ReservedWords.Contains(value) || LooksNumeric(value))
        {
            return false;
        }

        var first = value[0];
        var safeDash = first == '-' && value.Length > 1 && value[1] != ' ' && !value.StartsWith("---", StringComparison.Ordinal);
        if (("-?:,[]{}#&*!|>'\"%@`".Contains(first) && !safeDash) || first == ' ' || value[^1] == ' ' || value[^1] == ':')
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c < 0x20 || c == 0x7F || IsSpecialUnicode(c))
            {
                return false;
            }

            if (c == ':' && i + 1 < value.Length && value[i + 1] == ' ')
            {
                return false;
            }

            if (c == '#' && value[i - 1] == ' ')
            {
                return false;
            }
        }

        return true;
    }

    // Conservative: anything that a YAML 1.1/1.2 resolver or Go's strconv might read as an int,
    // float, infinity, NaN, sexagesimal number or timestamp is quoted. "1Gi" or "100m" stay plain.
    private static bool LooksNumeric(string value)
    {
        var body = value.AsSpan().TrimStart("+-");
        if (body.StartsWith("."))
        {
            body = body[1..];
        }

        if (body.Equals("inf", StringComparison.OrdinalIgnoreCase)
            || body.Equals("infinity", StringComparison.OrdinalIgnoreCase)
            || body.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var first = value[0];
        if (!char.IsAsciiDigit(first) && first != '+' && first != '-' && first != '.')
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(char.IsAsciiHexDigit(c) || "xXoObBtTzZ_.:+- ".Contains(c)))
            {
                return false;
            }
        }

        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSpecialUnicode(char c) =>
        c is '\u2028' or '\u2029' or '\uFEFF' || (c >= 0x80 && c < 0xA0);

    internal static void AppendDoubleQuoted(YamlText output, string value)
    {
        output.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': output.Append("\\\""); break;
                case '\\': output.Append("\\\\"); break;
                case '\n': output.Append("\\n"); break;
                case '\r': output.Append("\\r"); break;
                case '\t': output.Append("\\t"); break;
                default:
                    if (c < 0x20 || c == 0x7F || IsSpecialUnicode(c))
                    {
                        output.Append("\\u").Append((int)c, "X4");
                    }
                    else
                    {
                        output.Append(c);
                    }

                    break;
            }
        }

        output.Append('"');
    }
}
