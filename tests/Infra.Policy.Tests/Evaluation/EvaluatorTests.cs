using System.Text.Json.Nodes;

namespace Infra.Policy.Tests.Evaluation;

public sealed class EvaluatorTests
{
    private static async Task<string> EvalAsync(string module, string query, string? input = null, RegoOptions? options = null)
    {
        var engine = new RegoEngine(options);
        Assert.Empty(engine.AddModule("m.rego", module));
        var r = await engine.EvaluateAsync(query, input is null ? null : JsonNode.Parse(input), CancellationToken.None);
        if (!r.Success) return "error: " + r.Diagnostics[0].OpaText;
        return string.Join(";", r.Rows.Select(row => row.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })));
    }

    public static TheoryData<string, string, string?, string> Cases => new()
    {
        { "package t\np := 1 + 2", "x := data.t.p", null, "{\"x\":3}" },
        { "package t\np contains x if { some x in input.xs; x > 1 }", "x := data.t.p", "{\"xs\":[1,2,3]}", "{\"x\":[2,3]}" },
        { "package t\nf(x) := x * 2\np := f(21)", "x := data.t.p", null, "{\"x\":42}" },
        { "package t\ndefault allow := false\nallow if input.user == \"admin\"", "x := data.t.allow", "{\"user\":\"bob\"}", "{\"x\":false}" },
        { "package t\np := 1 if { false } else := 2", "x := data.t.p", null, "{\"x\":2}" },
        { "package t\np if every x in [1, 2] { x > 0 }", "x := data.t.p", null, "{\"x\":true}" },
        { "package t\np := 18446744073709551616 + 1", "x := data.t.p", null, "{\"x\":18446744073709551617}" },
        { "package t\na.b[k].c := v if { some k, v in {\"x\": 1} }", "x := data.t.a", null, "{\"x\":{\"b\":{\"x\":{\"c\":1}}}}" },
        { "package t\np := y if { y := input.x with input.x as 5 }", "x := data.t.p", null, "{\"x\":5}" },
        { "package t\np := y if { y := count([1]) with count as 7 }", "x := data.t.p", null, "{\"x\":7}" },
        { "package t\np := {1: \"a\"}", "x := data.t.p", null, "{\"x\":{\"1\":\"a\"}}" },
        { "package t\np := x if { x := [y | some y in [3, 1]; y > 0] }", "x := data.t.p", null, "{\"x\":[3,1]}" },
        { "package t\nq := 1\nq := 2", "x := data.t.q", null, "error: m.rego:3: eval_conflict_error: complete rules must not produce multiple outputs" },
        { "package t\np := 1 / 0", "x := data.t.p", null, "" },
        { "package t\np := $\"v={input.v}\"", "x := data.t.p", null, "{\"x\":\"v=<undefined>\"}" },
        { "package t\np := [y | y = x + 1; x = [1, 2][_]]", "x := data.t.p", null, "{\"x\":[2,3]}" },
        { "package t\nq[k] := v if { some k, v in {\"a\": 1, \"b\": 2} }\np := q.b", "x := data.t.p", null, "{\"x\":2}" },
        { "package t\nf(x) := 1 if x > 0\nf(x) := 2 if x > 1\np := f(5)", "x := data.t.p", null, "error: m.rego:4: eval_conflict_error: functions must not produce multiple outputs for same inputs" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EvaluateAsync_Policy_ReturnsExpectedRows(string module, string query, string? input, string expected)
        => Assert.Equal(expected, await EvalAsync(module, query, input));

    [Fact]
    public async Task EvaluateAsync_StrictBuiltinErrors_ReportsOpaLayout()
    {
        var result = await EvalAsync("package t\np := 1 / 0", "x := data.t.p", null, new RegoOptions { StrictBuiltinErrors = true });
        Assert.Equal("error: m.rego:2: eval_builtin_error: div: divide by zero", result);
    }

    [Fact]
    public async Task EvaluateAsync_TypeErrorInStrictMode_ReportsOperand()
    {
        var result = await EvalAsync("package t\np := count(input.n)", "x := data.t.p", "{\"n\":1}", new RegoOptions { StrictBuiltinErrors = true });
        Assert.Equal("error: m.rego:2: eval_type_error: count: operand 1 must be one of {array, object, set, string} but got number", result);
    }

    [Fact]
    public async Task EvaluateAsync_StepBudgetExceeded_StopsWithCancelError()
    {
        var result = await EvalAsync("package t\np := count([x | some x in numbers.range(1, 1000); some y in numbers.range(1, 1000)])", "x := data.t.p", null,
            new RegoOptions { MaxSteps = 10_000 });
        Assert.StartsWith("error: eval_cancel_error:", result);
    }

    [Fact]
    public async Task EvaluateAsync_Cancelled_StopsWithCancelError()
    {
        var engine = new RegoEngine();
        engine.AddModule("m.rego", "package t\np := count([x | some x in numbers.range(1, 3000); some y in numbers.range(1, 3000)])");
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var r = await engine.EvaluateAsync("x := data.t.p", null, cts.Token);
        Assert.Equal("eval_cancel_error", Assert.Single(r.Diagnostics).Code);
    }

    [Fact]
    public async Task EvaluateAsync_NetworkBuiltin_DisabledByDefault()
    {
        var result = await EvalAsync("package t\np := http.send({\"method\": \"get\", \"url\": \"http://x\"})", "x := data.t.p", null, new RegoOptions { StrictBuiltinErrors = true });
        Assert.Contains("http.send: network access is disabled", result);
    }

    [Fact]
    public async Task RunTestsAsync_TestRules_ReportsPassAndFail()
    {
        var engine = new RegoEngine();
        engine.AddModule("m.rego", "package t\ntest_ok if 1 == 1\ntest_bad if 1 == 2");
        var results = await engine.RunTestsAsync(CancellationToken.None);
        Assert.Equal(["data.t.test_bad:False", "data.t.test_ok:True"], results.Select(r => $"{r.Name}:{r.Passed}").Order().ToArray());
    }
}
