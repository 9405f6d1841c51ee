using System.Text;

namespace Infra.Fuzz.Tests.Harness;

/// <summary>
/// Inputs built to exhaust a parser: YAML bombs (billion laughs, chained anchors), deep nesting, invalid UTF-8,
/// oversized files (100 MB) and node floods. Each is generated on demand from the seed (nothing is stored).
/// </summary>
public static class HostileInputs
{
    public const int HundredMegabytes = 100 * 1024 * 1024;

    /// <summary>The case names for a grammar.</summary>
    public static IReadOnlyList<string> Names(Syntax syntax) => syntax switch
    {
        Syntax.Yaml => ["billion-laughs", "chained-anchors", "deep-flow-nesting", "deep-block-sequences", "node-flood", "invalid-utf8", "100mb"],
        Syntax.Json => ["deep-arrays", "deep-objects", "huge-number", "invalid-utf8", "100mb"],
        _ => ["deep-brackets", "deep-parens", "deep-objects", "long-operator-chain", "deep-comprehensions", "rule-flood", "invalid-utf8", "100mb"],
    };

    /// <summary>Builds case <paramref name="name"/> from a valid <paramref name="seed"/>.</summary>
    public static byte[] Build(Syntax syntax, string name, byte[] seed) => (syntax, name) switch
    {
        (Syntax.Yaml, "billion-laughs") => Append(seed, BillionLaughs()),
        (Syntax.Yaml, "chained-anchors") => Append(seed, ChainedAnchors(20_000)),
        (Syntax.Yaml, "deep-flow-nesting") => Append(seed, "bomb: " + new string('[', 300_000) + new string(']', 300_000) + "\n"),
        (Syntax.Yaml, "deep-block-sequences") => Append(seed, "bomb:\n" + string.Concat(Enumerable.Repeat("- ", 200_000)) + "x\n"),
        (Syntax.Yaml, "node-flood") => Append(seed, "bomb:\n" + string.Concat(Enumerable.Range(0, 120_000).Select(i => $"  k{i}: v\n"))),
        (Syntax.Json, "deep-arrays") => Encoding.UTF8.GetBytes(new string('[', 1_000_000) + new string(']', 1_000_000)),
        (Syntax.Json, "deep-objects") => Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", 300_000)) + "1" + new string('}', 300_000)),
        (Syntax.Json, "huge-number") => Encoding.UTF8.GetBytes("{\"version\":" + new string('9', 2_000_000) + "}"),
        (Syntax.Rego, "deep-brackets") => Rego("x := " + new string('[', 200_000) + new string(']', 200_000)),
        (Syntax.Rego, "deep-parens") => Rego("x := " + new string('(', 200_000) + "1" + new string(')', 200_000)),
        (Syntax.Rego, "deep-objects") => Rego("x := " + string.Concat(Enumerable.Repeat("{\"a\": ", 100_000)) + "1" + new string('}', 100_000)),
        (Syntax.Rego, "long-operator-chain") => Rego("x := 1" + string.Concat(Enumerable.Repeat(" + 1", 300_000))),
        (Syntax.Rego, "deep-comprehensions") => Rego("x := " + string.Concat(Enumerable.Repeat("[y | y := ", 50_000)) + "1" + new string(']', 50_000)),
        (Syntax.Rego, "rule-flood") => Rego(string.Concat(Enumerable.Range(0, 200_000).Select(i => $"r{i} := {i}\n"))),
        (_, "invalid-utf8") => InvalidUtf8(seed),
        (_, "100mb") => Huge(syntax),
        _ => throw new ArgumentException($"no hostile case {name} for {syntax}"),
    };

    private static byte[] Append(byte[] seed, string extra) => [.. seed, (byte)'\n', .. Encoding.UTF8.GetBytes(extra)];

    private static byte[] Rego(string body) => Encoding.UTF8.GetBytes("package fuzz\n\nimport rego.v1\n\n" + body + "\n");

    private static string BillionLaughs()
    {
        var text = new StringBuilder("lol0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var level = 1; level < 10; level++)
        {
            text.Append($"lol{level}: &l{level} [{string.Join(", ", Enumerable.Repeat($"*l{level - 1}", 10))}]\n");
        }
        return text.ToString();
    }

    private static string ChainedAnchors(int count)
    {
        var text = new StringBuilder("c0: &c0 {a: x, b: x}\n");
        for (var i = 1; i < count; i++)
        {
            text.Append($"c{i}: &c{i} {{a: *c{i - 1}, b: *c{i - 1}}}\n");
        }
        return text.ToString();
    }

    private static byte[] InvalidUtf8(byte[] seed)
    {
        // An unpaired continuation byte, an overlong encoding of '/', and an encoded UTF-16 surrogate, mid-file.
        var middle = seed.Length / 2;
        return [.. seed[..middle], 0x80, 0xC0, 0xAF, 0xED, 0xA0, 0x80, 0xFF, .. seed[middle..]];
    }

    private static byte[] Huge(Syntax syntax)
    {
        var (prefix, suffix) = syntax switch
        {
            Syntax.Yaml => ("name: \"", "\"\n"),
            Syntax.Json => ("{\"version\": 1, \"padding\": \"", "\"}"),
            _ => ("package fuzz\n\nx := \"", "\"\n"),
        };
        var bytes = new byte[HundredMegabytes];
        Array.Fill(bytes, (byte)'a');
        Encoding.ASCII.GetBytes(prefix).CopyTo(bytes, 0);
        Encoding.ASCII.GetBytes(suffix).CopyTo(bytes, bytes.Length - suffix.Length);
        return bytes;
    }
}
