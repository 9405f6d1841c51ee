namespace Infra.Policy.Tests.Parsing;

public sealed class ParserTests
{
    public static TheoryData<string, string> SyntaxErrors => new()
    {
        { "p := 1", "m.rego:1:1: error rego_parse_error: unexpected ident token: expected package" },
        { "package", "m.rego:1:8: error rego_parse_error: unexpected eof token: expected ident" },
        { "package a\np if {\n  x := [1, 2\n}", "m.rego:4:1: error rego_parse_error: unexpected } token: expected ]" },
        { "package a\np if {\n  some x in\n}", "m.rego:3:12: error rego_parse_error: unexpected newline token: expected term" },
    };

    [Theory]
    [MemberData(nameof(SyntaxErrors))]
    public void AddModule_SyntaxError_ReportsFileLineColumn(string source, string expected)
    {
        var engine = new RegoEngine();
        var diags = engine.AddModule("m.rego", source);
        var d = Assert.Single(diags);
        Assert.Equal(expected, d.ToString().Split('\n')[0]);
    }

    [Fact]
    public void AddModule_SyntaxError_ShowsSourceLineAndCaret()
    {
        var engine = new RegoEngine();
        var d = Assert.Single(engine.AddModule("m.rego", "package a\np := [1,,2]"));
        Assert.Equal("m.rego:2:9: error rego_parse_error: unexpected , token: expected term\np := [1,,2]\n        ^", d.ToString());
    }

    [Theory]
    [InlineData("package a\np contains x if { some x in [1, 2] }")]
    [InlineData("package a\nf(x) := y if { y := x + 1 } else := 0")]
    [InlineData("package a\na.b[c].d := 1 if { c := \"k\" }")]
    [InlineData("package a\np if every x in [1] { x > 0 }")]
    [InlineData("package a\nimport rego.v1\ndefault allow := false\nallow if input.user == \"admin\"")]
    [InlineData("package a\np := {x: y | some x, y in {\"a\": 1}}")]
    [InlineData("package a\np := $\"n={count([1, 2])}\"")]
    public void AddModule_ValidRegoV1_Parses(string source)
    {
        var engine = new RegoEngine();
        Assert.Empty(engine.AddModule("m.rego", source));
    }
}
