using System.Text.Json.Nodes;

namespace Infra.Policy.Tests.Evaluation;

public sealed class EngineApiTests
{
    [Fact]
    public async Task EvaluateAsync_PlainRefQuery_ReportsValueInExpressions()
    {
        var engine = new RegoEngine();
        engine.AddModule("m.rego", "package k8s\ndeny contains \"privileged\" if input.privileged");
        var r = await engine.EvaluateAsync("data.k8s.deny", JsonNode.Parse("{\"privileged\": true}"), CancellationToken.None);
        Assert.Equal("{}", Assert.Single(r.Rows).ToJsonString());
        Assert.Equal("[[\"privileged\"]]", Assert.Single(r.Expressions).ToJsonString());
    }

    [Fact]
    public async Task EvaluateRuleAsync_RulePath_ReturnsValueUnderResult()
    {
        var engine = new RegoEngine();
        engine.AddModule("m.rego", "package k8s\ndefault allow := false");
        var r = await engine.EvaluateRuleAsync("data.k8s.allow", null, CancellationToken.None);
        Assert.Equal("{\"result\":false}", Assert.Single(r.Rows).ToJsonString());
    }

    [Fact]
    public async Task EvaluateAsync_RuleFromAnotherModuleOfSamePackage_Resolves()
    {
        var engine = new RegoEngine();
        engine.AddModule("a.rego", "package p\nx := y + 1");
        engine.AddModule("b.rego", "package p\ny := 41");
        var r = await engine.EvaluateRuleAsync("data.p.x", null, CancellationToken.None);
        Assert.Equal("{\"result\":42}", Assert.Single(r.Rows).ToJsonString());
    }

    [Fact]
    public async Task EvaluateAsync_RuleNamedLikeOperatorBuiltin_DoesNotShadowOperator()
    {
        var engine = new RegoEngine();
        engine.AddModule("a.rego", "package p\ndiv := 10 / 4\ncount := 3\nn := count([1, 2])");
        var r = await engine.EvaluateAsync("a := data.p.div; b := data.p.n", null, CancellationToken.None);
        Assert.Equal("{\"a\":2.5,\"b\":2}", Assert.Single(r.Rows).ToJsonString());
    }

    [Fact]
    public async Task SetData_BaseDocument_IsVisibleToRules()
    {
        var engine = new RegoEngine();
        engine.AddModule("a.rego", "package p\nlimit := data.config.max * 2");
        engine.SetData(JsonNode.Parse("{\"config\": {\"max\": 21}}"));
        var r = await engine.EvaluateRuleAsync("data.p.limit", null, CancellationToken.None);
        Assert.Equal("{\"result\":42}", Assert.Single(r.Rows).ToJsonString());
    }

    [Fact]
    public async Task Print_Output_GoesToConfiguredSink()
    {
        var lines = new List<string>();
        var engine = new RegoEngine(new RegoOptions { Print = lines.Add });
        engine.AddModule("a.rego", "package p\nx if { print(\"hello\", 1, [2], input.missing) }");
        await engine.EvaluateRuleAsync("data.p.x", null, CancellationToken.None);
        Assert.Equal(["hello 1 [2] <undefined>"], lines);
    }

    [Fact]
    public async Task EvaluateAsync_WithOverridingPartOfRuleValue_ReplacesThatPart()
    {
        var engine = new RegoEngine();
        engine.AddModule("a.rego", "package p\ncfg := {\"a\": 1, \"b\": 2}\nq := v if { v := cfg.b with data.p.cfg.b as 20 }");
        var r = await engine.EvaluateRuleAsync("data.p.q", null, CancellationToken.None);
        Assert.Equal("{\"result\":20}", Assert.Single(r.Rows).ToJsonString());
    }
}
