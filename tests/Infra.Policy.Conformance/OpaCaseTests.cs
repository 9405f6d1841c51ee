using System.Collections.Concurrent;

namespace Infra.Policy.Conformance.Tests;

/// <summary>One theory row per OPA case, named by its note; cases listed in known-failures.txt are skipped with their reason.</summary>
public sealed class OpaCaseTests
{
    private static readonly Lazy<IReadOnlyList<ConformanceCase>> AllCases = new(() =>
        RepoPaths.CasesDir() is { } dir ? ConformanceLoader.Load(dir) : []);

    private static readonly Lazy<IReadOnlyDictionary<string, string>> KnownFailures = new(LoadKnownFailures);

    private static readonly ConcurrentDictionary<string, ConformanceCase> ById = new();

    public static IEnumerable<object[]> Cases()
    {
        var cases = AllCases.Value;
        if (cases.Count == 0)
        {
            yield return ["<cases not found>", "", 0];
            yield break;
        }
        foreach (var c in cases)
        {
            ById[$"{c.File}#{c.Index}"] = c;
            yield return [c.Note, c.File, c.Index];
        }
    }

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void Case_RunWithStrictComparison_MatchesOpa(string note, string file, int index)
    {
        if (file.Length == 0)
        {
            Assert.False(RepoPaths.IsCi, "OPA conformance cases not found under ../shared/conformance/opa/cases");
            Skip.If(true, "OPA conformance cases not present");
        }
        var id = $"{file}#{index}";
        if (!ById.TryGetValue(id, out var c))
        {
            c = AllCases.Value.Single(x => x.File == file && x.Index == index);
        }
        Skip.If(KnownFailures.Value.TryGetValue(id, out var reason), $"known failure: {reason}");
        var failure = ConformanceRunner.RunCase(c);
        Assert.True(failure is null, $"{note}: {failure}\nrepro: infra policy conformance ../shared/conformance/opa/cases (file {file}, case {index})");
    }

    private static IReadOnlyDictionary<string, string> LoadKnownFailures()
    {
        var root = RepoPaths.RepoRoot();
        var path = root is null ? null : Path.Combine(root, "tests", "Infra.Policy.Conformance", "known-failures.txt");
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (path is null || !File.Exists(path)) return map;
        foreach (var line in File.ReadAllLines(path))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith('#')) continue;
            var space = trimmed.IndexOf(' ');
            map[space < 0 ? trimmed : trimmed[..space]] = space < 0 ? "" : trimmed[(space + 1)..];
        }
        return map;
    }
}
