using System.Text;

namespace Infra.Fuzz.Tests.Harness;

/// <summary>
/// Grammar-aware mutations of a valid file, driven by one seeded <see cref="Random"/> so a failing case replays from
/// its seed: token insertions from the grammar's dictionary, line moves and re-indents, span deletes and copies,
/// scalar swaps, truncation, and raw byte flips (which also make invalid UTF-8).
/// </summary>
public sealed class Mutator(Syntax syntax, System.Random random)
{
    private static readonly string[] YamlTokens =
    [
        ": ", "- ", "-", ":", "&a ", "*a", "&b ", "*b", "<<: *a\n", "[", "]", "{", "}", ",", "\t", "!!int ", "!!str ", "!!binary ", "!!map ",
        "? ", "|", ">", "|-", "'", "\"", "#", "---\n", "...\n", "%YAML 1.2\n", "\n", "  ", "~", "null", "true", "yes", "0x1F", "0o17", ".inf",
        "1e400", "-0", "9223372036854775808", "\\u0000", "\u0000", "\uFEFF", "é", "🎉", "\"\\ud800\"", "secure: v1:abc", "!ref", "@", "`",
        "config:", "runtime:", "name:", "type: integer", "default:", "apiVersion:", "kind:", "patches:", "transforms:", "spec:", "metadata:",
    ];

    private static readonly string[] JsonTokens =
    [
        "{", "}", "[", "]", ",", ":", "\"", "null", "true", "false", "0", "-0", "1e999", "-1", "9223372036854775808", "1.5", "\"\\u0000\"",
        "\"\\ud800\"", "\\", "\"urn\"", "\"id\"", "\"resources\"", "\"dependencies\"", "\"parent\"", "\"version\"", "\"steps\"",
        "\"4dabf18193072939515e22adb298388d\"", "\"ciphertext\"", " ", "\n", "é", "\u0000",
    ];

    private static readonly string[] RegoTokens =
    [
        "{", "}", "[", "]", "(", ")", ",", ";", ":=", "=", "==", "!=", "<", "+", "-", "*", "/", "%", "|", "&", ".", ":", "\n", " ", "\t",
        "some", "every", "in", "not", "with", "as", "import", "package", "default", "if", "contains", "else", "true", "false", "null",
        "input", "data", "x", "r", "_", "\"", "`", "#", "1e308", "-1", "0.5", "\"\\u00e9\"", "count(", "sum(", "sprintf(", "object.get(",
        "$\"{", "rego.v1", "future.keywords", "# METADATA\n# title: x\n", "é", "\u0000",
    ];

    /// <summary>Applies one to four mutations.</summary>
    public byte[] Mutate(byte[] seed)
    {
        var text = Encoding.UTF8.GetString(seed);
        var rounds = random.Next(1, 5);
        byte[]? raw = null;
        for (var i = 0; i < rounds; i++)
        {
            var choice = random.Next(10);
            if (choice == 9)
            {
                raw = FlipBytes(Encoding.UTF8.GetBytes(text));
                break;
            }
            text = choice switch
            {
                0 or 1 or 2 => InsertToken(text),
                3 => DeleteSpan(text),
                4 => DuplicateSpan(text),
                5 => syntax == Syntax.Json ? InsertToken(text) : MoveLine(text),
                6 => syntax == Syntax.Json ? DeleteSpan(text) : Reindent(text),
                7 => SwapScalar(text),
                _ => Truncate(text),
            };
        }
        return raw ?? Encoding.UTF8.GetBytes(text);
    }

    private string[] Dictionary => syntax switch
    {
        Syntax.Yaml => YamlTokens,
        Syntax.Json => JsonTokens,
        _ => RegoTokens,
    };

    private string InsertToken(string text)
    {
        var tokens = Dictionary;
        var at = random.Next(text.Length + 1);
        return text[..at] + tokens[random.Next(tokens.Length)] + text[at..];
    }

    private string DeleteSpan(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }
        var at = random.Next(text.Length);
        var length = Math.Min(text.Length - at, random.Next(1, 24));
        return text.Remove(at, length);
    }

    private string DuplicateSpan(string text)
    {
        if (text.Length == 0)
        {
            return text;
        }
        var at = random.Next(text.Length);
        var length = Math.Min(text.Length - at, random.Next(1, 80));
        var target = random.Next(text.Length + 1);
        return text.Insert(target, text.Substring(at, length));
    }

    private string MoveLine(string text)
    {
        var lines = text.Split('\n').ToList();
        var from = random.Next(lines.Count);
        var line = lines[from];
        lines.RemoveAt(from);
        lines.Insert(random.Next(lines.Count + 1), line);
        return string.Join('\n', lines);
    }

    private string Reindent(string text)
    {
        var lines = text.Split('\n');
        var index = random.Next(lines.Length);
        var trimmed = lines[index].TrimStart(' ', '\t');
        lines[index] = new string(random.Next(4) == 0 ? '\t' : ' ', random.Next(0, 12)) + trimmed;
        return string.Join('\n', lines);
    }

    private string SwapScalar(string text)
    {
        string[] scalars = ["0", "-1", "99999999999999999999999", "1e308", "\"\"", "null", "[]", "{}", "true", "\"x\"", new string('a', 5000)];
        var at = random.Next(text.Length + 1);
        var end = at;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '-' or '.' or '_'))
        {
            end++;
        }
        return text[..at] + scalars[random.Next(scalars.Length)] + text[end..];
    }

    private string Truncate(string text) => text.Length == 0 ? text : text[..random.Next(text.Length)];

    private byte[] FlipBytes(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return [0xFF];
        }
        byte[] hostile = [0xFF, 0xFE, 0xC0, 0x80, 0xED, 0xA0, 0xF8, 0x00];
        for (var flips = random.Next(1, 4); flips > 0; flips--)
        {
            bytes[random.Next(bytes.Length)] = random.Next(2) == 0 ? hostile[random.Next(hostile.Length)] : (byte)random.Next(256);
        }
        return bytes;
    }
}
