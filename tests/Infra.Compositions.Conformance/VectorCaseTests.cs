using System.Text.Json.Nodes;
using Infra.Compositions.Conformance;

namespace Infra.Compositions.Conformance.Tests;

/// <summary>One theory row per vector, so each case shows up (and fails) on its own.</summary>
public sealed class VectorCaseTests
{
    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        var folder = ConformanceData.Folder();
        if (folder is null)
        {
            data.Add("absent", "absent");
            return data;
        }
        foreach (var file in new[] { "cases.json", "cases-extra.json" })
        {
            var cases = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, file)))!["cases"]!.AsArray();
            foreach (var c in cases) data.Add(file, c!["id"]!.GetValue<string>());
        }
        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void Run_Case_MatchesVectorUnlessKnownFailure(string file, string id)
    {
        var folder = ConformanceData.RequireFolder();
        var testCase = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, file)))!["cases"]!.AsArray()
            .OfType<JsonObject>().Single(c => c["id"]!.GetValue<string>() == id);
        var reason = CaseRunner.Run(testCase);
        if (ConformanceData.KnownFailures().TryGetValue(id, out var why))
        {
            Assert.False(reason is null, $"{id} passes but is listed in known-failures.txt ({why}); remove it");
            return;
        }
        Assert.True(reason is null, $"{id}: {reason}\nrepro: infra composition conformance ../shared/conformance/patch-and-transform/{file}");
    }
}
