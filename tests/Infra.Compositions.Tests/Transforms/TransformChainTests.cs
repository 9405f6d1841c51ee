using System.Text.Json.Nodes;
using Infra.Compositions.Input;
using Infra.Compositions.Transforms;
using Infra.Compositions.Values;

namespace Infra.Compositions.Tests.Transforms;

public sealed class TransformChainTests
{
    private static JsonNode? Run(string transformsJson, JsonNode? input, out string? error)
    {
        var transforms = InputDecoder.DecodeList(JsonNode.Parse(transformsJson), "transforms", InputDecoder.Transform, out var decodeError);
        Assert.Null(decodeError);
        return TransformChain.Apply(transforms!, input, out error);
    }

    public static TheoryData<string, string, JsonNode?, string> Successes => new()
    {
        { "map", """[{"type":"map","map":{"US":"us-east-2"}}]""", JsonValue.Create("US"), "\"us-east-2\"" },
        { "match regexp unanchored", """[{"type":"match","match":{"patterns":[{"type":"regexp","regexp":"foo","result":1}]}}]""", JsonValue.Create("xfooy"), "1" },
        { "match fallback to input", """[{"type":"match","match":{"patterns":[{"type":"literal","literal":"a","result":1}],"fallbackTo":"Input"}}]""", JsonValue.Create("b"), "\"b\"" },
        { "multiply float", """[{"type":"math","math":{"type":"Multiply","multiply":3}}]""", JsonValue.Create(2.5), "7.5" },
        { "clamp keeps unclamped float", """[{"type":"math","math":{"type":"ClampMax","clampMax":2}}]""", JsonValue.Create(2.5), "2.5" },
        { "format with convert first", """[{"type":"convert","convert":{"toType":"int64"}},{"type":"string","string":{"type":"Format","fmt":"n-%d"}}]""", JsonValue.Create(3.0), "\"n-3\"" },
        { "join drops one byte", """[{"type":"string","string":{"type":"Join","join":{"separator":", "}}}]""", new JsonArray("a", "b"), "\"a, b,\"" },
        { "regexp group", """[{"type":"string","string":{"type":"Regexp","regexp":{"match":"v([0-9]+)","group":1}}}]""", JsonValue.Create("v42"), "\"42\"" },
        { "to json escapes html", """[{"type":"string","string":{"type":"Convert","convert":"ToJson"}}]""", new JsonObject { ["b"] = "<&>", ["a"] = 1.0 }, "\"{\\\"a\\\":1,\\\"b\\\":\\\"\\\\u003c\\\\u0026\\\\u003e\\\"}\"" },
        { "quantity", """[{"type":"convert","convert":{"toType":"float64","format":"quantity"}}]""", JsonValue.Create("500m"), "0.5" },
        { "json object", """[{"type":"convert","convert":{"toType":"object","format":"json"}}]""", JsonValue.Create("{\"a\":[1]}"), "{\"a\":[1]}" },
        { "float to string", """[{"type":"convert","convert":{"toType":"string"}}]""", JsonValue.Create(1e21), "\"1000000000000000000000\"" },
        { "adler32", """[{"type":"string","string":{"type":"Convert","convert":"ToAdler32"}}]""", JsonValue.Create("Crossplane"), "\"373097499\"" },
    };

    [Theory]
    [MemberData(nameof(Successes))]
    public void Apply_ValidChain_ProducesUpstreamValue(string name, string transforms, JsonNode? input, string want)
    {
        var output = Run(transforms, input, out var error);
        Assert.Null(error);
        Assert.True(GoValue.JsonEquals(JsonNode.Parse(want), output), $"{name}: got {output?.ToJsonString()}");
    }

    public static TheoryData<string, JsonNode?, string> Failures => new()
    {
        { """[{"type":"map","map":{"a":"b"}}]""", JsonValue.Create(5.0), "transform at index 0 returned error: map transform could not resolve: type float64 is not supported for map transform" },
        { """[{"type":"map","map":{"a":"b"}}]""", JsonValue.Create("z"), "transform at index 0 returned error: map transform could not resolve: key z is not found in map" },
        { """[{"type":"math","math":{"type":"Multiply","multiply":2}}]""", JsonValue.Create("3"), "transform at index 0 returned error: math transform could not resolve: input is required to be a number for math transformer, got string" },
        { """[{"type":"match","match":{"patterns":[{"literal":"a"}]}}]""", JsonValue.Create("a"), "transform at index 0 returned error: match transform could not resolve: cannot match pattern at index 0: unsupported pattern type ''" },
        { """[{"type":"convert","convert":{"toType":"string"}}]""", new JsonObject(), "transform at index 0 returned error: convert transform could not resolve: invalid input type map[string]interface {}" },
        { """[{"type":"convert","convert":{"toType":"int"}}]""", JsonValue.Create("4.2"), "transform at index 0 returned error: convert transform could not resolve: strconv.ParseInt: parsing \"4.2\": invalid syntax" },
        { """[{"type":"convert","convert":{"toType":"object","format":"json"}}]""", JsonValue.Create("{nope"), "transform at index 0 returned error: convert transform could not resolve: invalid character 'n' looking for beginning of object key string" },
        { """[{"type":"string","string":{"type":"Convert","convert":"FromBase64"}}]""", JsonValue.Create("YWI"), "transform at index 0 returned error: string transform could not resolve: string is not valid base64: illegal base64 data at input byte 0" },
        { """[{"type":"string","string":{"type":"Format","fmt":"%s"}},{"type":"bogus"}]""", JsonValue.Create("a"), "transform at index 1 returned error: transform type bogus is not supported" },
        { """[{"type":"string","string":{"type":"Join","join":{"separator":","}}}]""", JsonValue.Create("a"), "transform at index 0 returned error: string transform could not resolve: could not parse input array" },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Apply_FailingTransform_ReportsIndexTypeAndCause(string transforms, JsonNode? input, string want)
    {
        Run(transforms, input, out var error);
        Assert.Equal(want, error);
    }
}
