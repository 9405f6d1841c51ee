using System.Text.Json.Nodes;
using Infra.Compositions.FieldPaths;
using Infra.Compositions.Merging;

namespace Infra.Compositions.Tests.Merging;

public sealed class ValueMergerTests
{
    private const string Dst = """{"keep":"dst","shared":"dst","empty":"","arr":["d1"],"nested":{"x":"dst"}}""";
    private const string Src = """{"shared":"src","new":"src","empty":"src","arr":["d1","s1"],"nested":{"x":"src","y":"src"}}""";

    public static TheoryData<string, string> Policies => new()
    {
        { "Replace", Src },
        { "MergeObjects", """{"keep":"dst","shared":"dst","empty":"src","arr":["d1"],"nested":{"x":"dst","y":"src"},"new":"src"}""" },
        { "MergeObjectsAppendArrays", """{"keep":"dst","shared":"dst","empty":"src","arr":["d1","d1","s1"],"nested":{"x":"dst","y":"src"},"new":"src"}""" },
        { "ForceMergeObjects", """{"keep":"dst","shared":"src","empty":"src","arr":["d1","s1"],"nested":{"x":"src","y":"src"},"new":"src"}""" },
        { "ForceMergeObjectsAppendArrays", """{"keep":"dst","shared":"src","empty":"src","arr":["d1","d1","s1"],"nested":{"x":"src","y":"src"},"new":"src"}""" },
    };

    [Theory]
    [MemberData(nameof(Policies))]
    public void MergeAt_Objects_FollowsMergoSemantics(string policy, string want)
    {
        var root = new JsonObject { ["o"] = JsonNode.Parse(Dst) };
        Assert.Null(ValueMerger.MergeAt(root, FieldPath.Parse("o", out _)!, JsonNode.Parse(Src), ValueMerger.ParsePolicy(policy)!.Value));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(want), root["o"]), root["o"]!.ToJsonString());
    }

    [Theory]
    [InlineData("MergeObjectsAppendArrays")]
    [InlineData("ForceMergeObjectsAppendArrays")]
    public void MergeAt_TopLevelArrays_AppendsOnlyNewItems(string policy)
    {
        var root = (JsonObject)JsonNode.Parse("""{"a":["a","b"]}""")!;
        ValueMerger.MergeAt(root, FieldPath.Parse("a", out _)!, JsonNode.Parse("""["b","c"]"""), ValueMerger.ParsePolicy(policy)!.Value);
        Assert.Equal("""{"a":["a","b","c"]}""", root.ToJsonString());
    }

    [Fact]
    public void MergeAt_NullSource_AlwaysOverwrites()
    {
        var root = (JsonObject)JsonNode.Parse("""{"o":{"a":1}}""")!;
        ValueMerger.MergeAt(root, FieldPath.Parse("o", out _)!, null, ToFieldPathPolicy.MergeObjects);
        Assert.Equal("""{"o":null}""", root.ToJsonString());
    }

    [Fact]
    public void MergeAt_AppendArrayOntoString_FailsWithMergoMessage()
    {
        var root = (JsonObject)JsonNode.Parse("""{"o":{"a":"x"}}""")!;
        var error = ValueMerger.MergeAt(root, FieldPath.Parse("o", out _)!, JsonNode.Parse("""{"a":["y"]}"""), ToFieldPathPolicy.MergeObjectsAppendArrays);
        Assert.Equal("failed to merge values: cannot append two slices with different type ([]interface {}, string)", error!.Message);
    }
}
