using System.Text.Json.Nodes;

namespace Infra.Policy.Tests.Builtins;

public sealed class BuiltinTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "sprintf(\"%d-%s-%.2f-%x\", [5, \"a\", 3.14159, 255])", "\"5-a-3.14-ff\"" },
        { "units.parse_bytes(\"1.5KiB\")", "1536" },
        { "units.parse(\"100m\")", "0.1" },
        { "glob.match(\"*.example.com\", [\".\"], \"api.example.com\")", "true" },
        { "net.cidr_contains(\"10.0.0.0/8\", \"10.1.2.3\")", "true" },
        { "json.filter({\"a\": {\"b\": 1, \"c\": 2}}, [\"a/b\"])", "{\"a\":{\"b\":1}}" },
        { "object.union({\"a\": {\"b\": 1}}, {\"a\": {\"c\": 2}})", "{\"a\":{\"b\":1,\"c\":2}}" },
        { "regex.find_n(\"[0-9]+\", \"a1b22c333\", 2)", "[\"1\",\"22\"]" },
        { "base64.decode(base64.encode(\"héllo\"))", "\"héllo\"" },
        { "crypto.sha256(\"abc\")", "\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"" },
        { "format_int(-255, 16)", "\"-ff\"" },
        { "strings.reverse(\"abc\")", "\"cba\"" },
        { "substring(\"héllo\", 1, 3)", "\"éll\"" },
        { "count({1, 2, 2})", "2" },
        { "sum([1, 2.5])", "3.5" },
        { "uuid.parse(\"00000000-0000-4000-8000-000000000000\").version", "4" },
        { "semver.compare(\"1.2.3-alpha\", \"1.2.3\")", "-1" },
        { "semver.is_valid(\"1.2\")", "false" },
        { "time.format([0, \"UTC\", \"2006-01-02 15:04\"])", "\"1970-01-01 00:00\"" },
        { "time.parse_ns(\"2006-01-02\", \"2024-02-29\")", "1709164800000000000" },
        { "time.format([1709164800000000000, \"America/New_York\", \"Mon Jan _2 15:04 MST\"])", "\"Wed Feb 28 19:00 -0500\"" },
        { "time.diff(0, 86400000000000)", "[0,0,1,0,0,0]" },
        { "net.cidr_merge([\"10.0.0.0/25\", \"10.0.0.128/25\"])", "[\"10.0.0.0/24\"]" },
        { "net.cidr_expand(\"192.168.0.0/31\")", "[\"192.168.0.0\",\"192.168.0.1\"]" },
        { "json.patch({\"a\": [1]}, [{\"op\": \"add\", \"path\": \"/a/-\", \"value\": 2}])", "{\"a\":[1,2]}" },
        { "json.marshal([1e20 * 1.5, 0.00001 * 1.5, 2.5e30])", "\"[150000000000000000000,0.000015,2.5e30]\"" },
        { "regex.match(\"^a$\", \"a\\n\")", "false" },
        { "regex.match(\"^\\\\d+$\", \"\u0663\")", "false" },
        { "regex.is_valid(\"(?=a)b\")", "false" },
        { "regex.find_all_string_submatch_n(\"(?P<k>[a-z])=(\\\\d)\", \"a=1 b=2\", -1)", "[[\"a=1\",\"a\",\"1\"],[\"b=2\",\"b\",\"2\"]]" },
        { "regex.replace(\"k=v\", \"(?P<key>\\\\w)=(?P<val>\\\\w)\", \"${val}=${key}\")", "\"v=k\"" },
        { "regex.globs_match(\"a.a.[0-9]+z\", \".*[a-z]+\")", "true" },
        { "regex.globs_match(\"[a-c]+\", \"[x-z]+\")", "false" },
        { "regex.globs_match(\"ab*c\", \"a?c\")", "true" },
        { "rego.parse_module(\"m.rego\", \"package a.b\\np := x if { x := input.y + 1 }\").rules[0].body[0].terms[0].value[0].value", "\"assign\"" },
        { "rego.parse_module(\"m.rego\", \"package a.b\\np := 1\").package.path[2].value", "\"b\"" },
        { "graph.reachable_paths({\"a\": [\"b\"], \"b\": []}, [\"a\"])", "[[\"a\",\"b\"]]" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Builtin_Call_ReturnsExpectedValue(string call, string expectedJson)
    {
        var engine = new RegoEngine();
        var r = await engine.EvaluateAsync($"x := {call}", null, CancellationToken.None);
        Assert.True(r.Success, r.Diagnostics.FirstOrDefault()?.ToString());
        var row = Assert.Single(r.Rows);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expectedJson), row["x"]), $"got {row["x"]?.ToJsonString()}");
    }

    [Fact]
    public async Task Builtin_JsonPatchOnMissingPath_IsUndefined()
    {
        var engine = new RegoEngine();
        var r = await engine.EvaluateAsync("x := json.patch({\"a\": 1}, [{\"op\": \"replace\", \"path\": \"/b\", \"value\": 1}])", null, CancellationToken.None);
        Assert.True(r.Success);
        Assert.Empty(r.Rows);
    }

    [Theory]
    [InlineData("substring(\"abc\", -1, 1)", "eval_builtin_error: substring: negative offset")]
    [InlineData("units.parse(\"12 k\")", "eval_builtin_error: units.parse: spaces not allowed in resource strings")]
    [InlineData("object.get([s | s := \"x\"][0], \"a\", 1)", "eval_type_error: object.get: operand 1 must be object but got string")]
    public async Task Builtin_BadArgument_StrictModeReportsCodeAndMessage(string call, string expected)
    {
        var engine = new RegoEngine(new RegoOptions { StrictBuiltinErrors = true });
        var r = await engine.EvaluateAsync($"x := {call}", null, CancellationToken.None);
        Assert.EndsWith(expected, Assert.Single(r.Diagnostics).OpaText);
    }
}
