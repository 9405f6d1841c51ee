using System.Text.Json.Nodes;
using Infra.Compositions.FieldPaths;

namespace Infra.Compositions.Tests.FieldPaths;

public sealed class FieldPathTests
{
    public static TheoryData<string, string> Errors => new()
    {
        { ".a", "cannot parse path \".a\": unexpected '.' at position 0" },
        { "a..b", "cannot parse path \"a..b\": unexpected '.' at position 2" },
        { "a.", "cannot parse path \"a.\": unexpected '.' at position 1" },
        { "a[]", "cannot parse path \"a[]\": unexpected ']' at position 2" },
        { "a.[0]", "cannot parse path \"a.[0]\": unexpected '[' at position 2" },
        { "a[0", "cannot parse path \"a[0\": unterminated '[' at position 1" },
        { "a]b", "cannot parse path \"a]b\": unexpected ']' at position 1" },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void Parse_InvalidPath_ReturnsUpstreamMessage(string path, string want)
    {
        Assert.Null(FieldPath.Parse(path, out var error));
        Assert.Equal(want, error!.Message);
    }

    public static TheoryData<string, string> Formats => new()
    {
        { "spec.list[0].name", "spec.list[0].name" },
        { "metadata.annotations[crossplane.io/name]", "metadata.annotations[crossplane.io/name]" },
        { "spec['a.b']", "spec[a.b]" },
        { "spec[\"x\"]", "spec.x" },
        { "a[0]b", "a[0].b" },
        { "spec.list[*]", "spec.list[*]" },
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public void Parse_ValidPath_RoundTripsThroughFormat(string path, string want)
    {
        var segments = FieldPath.Parse(path, out var error);
        Assert.Null(error);
        Assert.Equal(want, FieldPath.Format(segments!));
    }

    [Fact]
    public void Parse_QuotedIndex_IsAField()
    {
        var segments = FieldPath.Parse("a['0']", out _)!;
        Assert.False(segments[1].IsIndex);
        Assert.Equal("0", segments[1].Field);
    }

    public static TheoryData<string, string, bool> ReadErrors => new()
    {
        { "spec.missing", "spec.missing: no such field", true },
        { "spec.list[5]", "spec.list[5]: no such element", true },
        { "spec.nothing.x", "spec.nothing: expected map, got nil", true },
        { "spec.text[0]", "spec.text: not an array", false },
        { "spec.text.x", "spec.text: not an object", false },
        { "spec.list[*].n", "spec.list: not an object", false },
    };

    [Theory]
    [MemberData(nameof(ReadErrors))]
    public void Get_MissingOrMistyped_ReportsNotFoundOnlyWhenUpstreamDoes(string path, string want, bool notFound)
    {
        var root = JsonNode.Parse("""{"spec":{"text":"t","list":[{"n":1}],"nothing":null}}""");
        Paved.Get(root, path, out var error);
        Assert.Equal(want, error!.Message);
        Assert.Equal(notFound, error.NotFound);
    }

    [Fact]
    public void Set_MissingIntermediates_CreatesObjectsAndPaddedArrays()
    {
        var root = new JsonObject();
        Assert.Null(Paved.Set(root, "spec.items[1].name", JsonValue.Create("x")));
        Assert.Equal("""{"spec":{"items":[null,{"name":"x"}]}}""", root.ToJsonString());
    }

    [Fact]
    public void Set_FieldOnArray_FailsWithPrefix()
    {
        var root = (JsonObject)JsonNode.Parse("""{"spec":{"list":[1]}}""")!;
        Assert.Equal("spec.list is not an object", Paved.Set(root, "spec.list.x", JsonValue.Create(1L))!.Message);
    }

    [Fact]
    public void Set_IndexAboveLimit_Fails()
    {
        Assert.Equal("index 1025 is greater than max allowed index 1024", Paved.Set(new JsonObject(), "a[1025]", null)!.Message);
    }

    [Fact]
    public void ExpandWildcards_ElementsMissingLeaf_AreSkipped()
    {
        var root = (JsonObject)JsonNode.Parse("""{"l":[{"n":1},{"m":2},{"n":3}]}""")!;
        var paths = Paved.ExpandWildcards(root, "l[*].n", out var error)!;
        Assert.Null(error);
        Assert.Equal(["l[0].n", "l[2].n"], paths.Select(FieldPath.Format));
    }
}
