using System.Text.Json.Nodes;
using Infra.Compositions.Yaml;

namespace Infra.Compositions.Tests.Yaml;

public sealed class YamlWriterTests
{
    public static TheoryData<JsonNode?, string> Scalars => new()
    {
        { JsonValue.Create("plain"), "plain" },
        { JsonValue.Create("False"), "\"False\"" },
        { JsonValue.Create("yes"), "\"yes\"" },
        { JsonValue.Create(""), "\"\"" },
        { JsonValue.Create("10"), "\"10\"" },
        { JsonValue.Create("1e+06"), "\"1e+06\"" },
        { JsonValue.Create("2024-01-01T00:00:00Z"), "\"2024-01-01T00:00:00Z\"" },
        { JsonValue.Create("Unready resources: a"), "'Unready resources: a'" },
        { JsonValue.Create("*x"), "'*x'" },
        { JsonValue.Create("null"), "\"null\"" },
        { JsonValue.Create(3.0), "3" },
        { JsonValue.Create(2.5), "2.5" },
        { JsonValue.Create(1e21), "1e+21" },
        { JsonValue.Create(true), "true" },
        { null, "null" },
    };

    [Theory]
    [MemberData(nameof(Scalars))]
    public void WriteDocument_Scalar_QuotesOnlyWhenTypeWouldChange(JsonNode? value, string want)
    {
        Assert.Equal($"v: {want}\n", YamlWriter.WriteDocument(new JsonObject { ["v"] = value }));
    }

    [Fact]
    public void WriteDocument_Keys_SortedLikeGoYaml()
    {
        var doc = new JsonObject { ["b"] = 1L, ["a10"] = 1L, ["a9"] = 1L, ["A"] = 1L, ["a-b"] = 1L, ["ab"] = 1L };
        Assert.Equal("A: 1\na-b: 1\na9: 1\na10: 1\nab: 1\nb: 1\n", YamlWriter.WriteDocument(doc));
    }

    [Fact]
    public void WriteDocument_NestedListsAndEmptyContainers_MatchKubernetesStyle()
    {
        var doc = JsonNode.Parse("""{"m":{"l":[{"a":1,"b":"x"}],"e":{},"z":[]},"s":"line1\nline2\n"}""");
        Assert.Equal("m:\n  e: {}\n  l:\n  - a: 1\n    b: x\n  z: []\ns: |\n  line1\n  line2\n", YamlWriter.WriteDocument(doc));
    }

    [Fact]
    public void WriteStream_Documents_EachPrecededBySeparator()
    {
        Assert.Equal("---\na: 1\n---\nb: 2\n", YamlWriter.WriteStream([new JsonObject { ["a"] = 1L }, new JsonObject { ["b"] = 2L }]));
    }
}
