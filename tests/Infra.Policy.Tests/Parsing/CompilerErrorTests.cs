namespace Infra.Policy.Tests.Parsing;

public sealed class CompilerErrorTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "package a\np if { x > 1 }", "m.rego:2:8: error rego_unsafe_var_error: var x is unsafe" },
        { "package a\np contains y if { some x in [1] }", "m.rego:2:12: error rego_unsafe_var_error: var y is unsafe" },
        { "package a\np if q\nq if p", "m.rego:2:1: error rego_recursion_error: rule data.a.p is recursive: data.a.p -> data.a.q -> data.a.p" },
        { "package a\np := nope(1)", "m.rego:2:6: error rego_type_error: undefined function nope" },
        { "package a\np if { x := 1; x := 2 }", "m.rego:2:16: error rego_compile_error: var x assigned above" },
        { "package a\np if { x == 1; x := 1 }", "m.rego:2:16: error rego_compile_error: var x referenced above" },
        { "package a\np := count(1)", "m.rego:2:12: error rego_type_error: count: operand 1 must be one of {array, object, set, string} but got number" },
        { "package a\np := \"a\" + 1", "m.rego:2:6: error rego_type_error: plus: operand 1 must be number but got string" },
        { "package a\np := count(1, 2, 3)", "m.rego:2:6: error rego_type_error: count: arity mismatch: expected 1 arguments, got 3" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task EvaluateAsync_InvalidPolicy_ReportsCompileError(string module, string expected)
    {
        var engine = new RegoEngine();
        Assert.Empty(engine.AddModule("m.rego", module));
        var result = await engine.EvaluateAsync("x := data.a", null, CancellationToken.None);
        Assert.Equal(expected, Assert.Single(result.Diagnostics).ToString().Split('\n')[0]);
    }

    [Fact]
    public async Task EvaluateAsync_CompileError_ShowsSourceLineAndCaret()
    {
        var engine = new RegoEngine();
        engine.AddModule("m.rego", "package a\np if { input.n > limit }");
        var result = await engine.EvaluateAsync("x := data.a", null, CancellationToken.None);
        Assert.Equal("m.rego:2:18: error rego_unsafe_var_error: var limit is unsafe\np if { input.n > limit }\n                 ^", Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public async Task EvaluateAsync_UnsafeQueryVariable_ReportsIt()
    {
        var engine = new RegoEngine();
        var result = await engine.EvaluateAsync("y > 1", null, CancellationToken.None);
        Assert.Equal("query:1:1: error rego_unsafe_var_error: var y is unsafe", Assert.Single(result.Diagnostics).ToString());
    }
}
