using System.Text;
using Infra.Policy.Values;

namespace Infra.Policy.Tests.Evaluation;

/// <summary>Several rule paths over one input give, path by path, what evaluating each path alone gives.</summary>
public sealed class EvaluateRulesTests
{
    private const string Module = """
        package p

        import rego.v1

        items contains x if {
        	some x in input.xs
        	x > 1
        }

        deny contains sprintf("big %d", [x]) if {
        	some x in items
        	x > 2
        }

        warn contains sprintf("odd %d", [x]) if {
        	some x in items
        	x % 2 == 1
        }

        conflict := 1 if input.xs[0] == 1

        conflict := 2 if input.xs[1] == 2

        bad := to_number("not a number")

        total := sum(items)
        """;

    public static TheoryData<bool, string[]> Cases => new()
    {
        { false, ["data.p.deny", "data.p.warn", "data.p.total"] },
        { false, ["data.p.conflict", "data.p.deny", "data.p.conflict", "data.p.warn"] },
        { false, ["data.p.bad", "data.p.missing", "data.p.items"] },
        { true, ["data.p.bad", "data.p.total", "data.p.bad"] },
        { true, ["data.p.deny", "data.p.conflict"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EvaluateRulesValueAsync_Paths_MatchEachPathEvaluatedAlone(bool strict, string[] paths)
    {
        var input = JsonConvert.FromUtf8(Encoding.UTF8.GetBytes("""{"xs": [1, 2, 3, 4, 5]}"""));
        var expected = new List<string>();
        foreach (var path in paths)
        {
            var alone = NewEngine(strict);
            expected.Add(Render(await alone.EvaluateRuleValueAsync(path, input, CancellationToken.None)));
        }
        var engine = NewEngine(strict);

        var results = await engine.EvaluateRulesValueAsync(paths, input, CancellationToken.None);

        Assert.Equal(expected, results.Select(Render));
    }

    [Fact]
    public async Task EvaluateRulesValueAsync_SyntaxError_ReportsItForEveryPath()
    {
        var engine = new RegoEngine();
        engine.AddModule("m.rego", "package p\nx := ");

        var results = await engine.EvaluateRulesValueAsync(["data.p.x", "data.p.y"], null, CancellationToken.None);

        Assert.All(results, r => Assert.False(r.Success));
        Assert.Equal(2, results.Count);
    }

    private static RegoEngine NewEngine(bool strict)
    {
        var engine = new RegoEngine(new RegoOptions { StrictBuiltinErrors = strict });
        Assert.Empty(engine.AddModule("p.rego", Module));
        return engine;
    }

    private static string Render(RegoResult r)
        => string.Join(";", r.Rows.Select(row => row.ToJsonString())) + "|" + string.Join(";", r.Diagnostics.Select(d => d.ToString()));
}
