using System.Text.Json.Nodes;
using Infra.Compositions.Values;
using Infra.Compositions.Yaml;

namespace Infra.Compositions.Tests.Yaml;

public sealed class YamlLoaderTests
{
    public static TheoryData<string, string> Scalars => new()
    {
        { "v: 3", "3" },
        { "v: 2.5", "2.5" },
        { "v: 0x10", "16" },
        { "v: yes", "true" },
        { "v: off", "false" },
        { "v: ~", "null" },
        { "v: \"3\"", "\"3\"" },
        { "v: '2024-01-01'", "\"2024-01-01\"" },
        { "v: 2024-01-01", "\"2024-01-01\"" },
        { "v: hello world", "\"hello world\"" },
    };

    [Theory]
    [MemberData(nameof(Scalars))]
    public void LoadAll_Scalar_ResolvesLikeGoYamlV2(string yaml, string wantJson)
    {
        var docs = YamlLoader.LoadAll(yaml, out var error);
        Assert.Null(error);
        Assert.True(GoValue.JsonEquals(JsonNode.Parse(wantJson), docs![0]!["v"]), docs[0]!.ToJsonString());
    }

    [Fact]
    public void LoadAll_Stream_SkipsEmptyDocuments()
    {
        var docs = YamlLoader.LoadAll("---\na: 1\n---\n---\nb: 2\n", out _);
        Assert.Equal(2, docs!.Count);
    }

    [Fact]
    public void LoadAll_SyntaxError_ReportsLineAndColumn()
    {
        YamlLoader.LoadAll("a: 1\nb: [x\n", out var error);
        Assert.StartsWith("3:1: ", error);
    }
}
