using System.Diagnostics;
using Infra.Policy.Lexing;
using Infra.Policy.Parsing;

namespace Infra.Policy.Tests.Parsing;

public sealed class ParserFuzzTests
{
    private static readonly string[] Seeds =
    [
        "package a\np contains x if { some x in input.xs; x > 1 }",
        "package a\nf(x) := y if { y := x * 2 } else := 0\ndefault g := {\"k\": [1, 2, {3}]}",
        "package a\nq := [x | some x in [1, 2]] if every y in input.ys { y != null } with input as {}",
        "package a\nr := $\"v={count({x | x := 1})}\" if not input.deny",
        "package a\na.b[c].d := v if { some c, v in {\"k\": `raw`}; v == 1.5e3 }",
    ];

    private const string Alphabet = "{}[]()\"`$.,;:=!<>+-*/%&|#\n \tabcxyz019_ifnotsomeeverycontainsinwithas";

    [Fact]
    public void Parse_RandomAndMutatedInputs_NeverCrashOrHang()
    {
        var rng = new Random(12345);
        var sw = Stopwatch.StartNew();
        var count = 0;
        var corpus = new List<string>(Seeds);
        var casesDir = FindCasesDir();
        if (casesDir is not null)
        {
            corpus.AddRange(Directory.EnumerateFiles(casesDir, "*.yaml", SearchOption.AllDirectories).Take(200).Select(File.ReadAllText));
        }
        while (sw.Elapsed < TimeSpan.FromSeconds(8))
        {
            var input = rng.Next(4) == 0 ? RandomText(rng) : Mutate(corpus[rng.Next(corpus.Count)], rng);
            ParseOne(input);
            count++;
        }
        Assert.True(count > 100, $"only {count} inputs were tried");
    }

    [Theory]
    [InlineData(20000, "[")]
    [InlineData(20000, "(")]
    [InlineData(20000, "not ")]
    [InlineData(20000, "-")]
    public void Parse_DeepNesting_ReportsErrorInsteadOfOverflow(int depth, string unit)
    {
        var engine = new RegoEngine();
        var diags = engine.AddModule("deep.rego", "package a\np := " + string.Concat(Enumerable.Repeat(unit, depth)) + "1");
        Assert.NotEmpty(diags);
    }

    private static void ParseOne(string input)
    {
        var task = Task.Run(() =>
        {
            try
            {
                Parser.ParseModule("f.rego", input);
            }
            catch (RegoSyntaxException)
            {
            }
            catch (InsufficientExecutionStackException)
            {
            }
        });
        Assert.True(task.Wait(TimeSpan.FromSeconds(5)), $"parser hung on input: {input}");
        if (task.Exception is not null) throw new Xunit.Sdk.XunitException($"parser crashed on input:\n{input}\n{task.Exception}");
    }

    private static string RandomText(Random rng)
    {
        var n = rng.Next(1, 200);
        var chars = new char[n];
        for (var i = 0; i < n; i++) chars[i] = Alphabet[rng.Next(Alphabet.Length)];
        return "package a\n" + new string(chars);
    }

    private static string Mutate(string s, Random rng)
    {
        var chars = s.ToList();
        var edits = rng.Next(1, 6);
        for (var e = 0; e < edits && chars.Count > 0; e++)
        {
            var pos = rng.Next(chars.Count);
            switch (rng.Next(3))
            {
                case 0: chars.RemoveAt(pos); break;
                case 1: chars.Insert(pos, Alphabet[rng.Next(Alphabet.Length)]); break;
                default: chars[pos] = Alphabet[rng.Next(Alphabet.Length)]; break;
            }
        }
        return new string(chars.ToArray());
    }

    private static string? FindCasesDir()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Infra.sln"))) dir = dir.Parent;
        if (dir is null) return null;
        var cases = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "conformance", "opa", "cases"));
        return Directory.Exists(cases) ? cases : null;
    }
}
