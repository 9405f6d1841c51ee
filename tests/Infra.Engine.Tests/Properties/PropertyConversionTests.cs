using System.Text;
using System.Text.Json;
using Infra.Engine.State;
using Infra.Properties;

namespace Infra.Engine.Tests.Properties;

public sealed class PropertyConversionTests
{
    public static TheoryData<string, (string Key, double Value)[], string[], double[]> Maps() => new()
    {
        { "already ordered", [("a", 1), ("b", 2), ("c", 3)], ["a", "b", "c"], [1, 2, 3] },
        { "unordered", [("c", 3), ("a", 1), ("b", 2)], ["a", "b", "c"], [1, 2, 3] },
        { "duplicate: the last wins", [("b", 1), ("a", 2), ("b", 3)], ["a", "b"], [2, 3] },
        { "ordinal, not culture, order", [("a", 1), ("B", 2), ("_", 3)], ["B", "_", "a"], [2, 3, 1] },
        { "ordered but duplicate", [("a", 1), ("a", 2)], ["a"], [2] },
    };

    [Theory]
    [MemberData(nameof(Maps))]
    public void Create_Entries_SortsOrdinallyAndKeepsLastDuplicate(string scenario, (string Key, double Value)[] entries, string[] keys, double[] values)
    {
        var array = entries.Select(e => KeyValuePair.Create(e.Key, PropertyValue.Create(e.Value))).ToArray();

        var map = PropertyMap.Create(array);

        Assert.True(keys.SequenceEqual(map.Keys), scenario);
        Assert.True(values.SequenceEqual(map.Values.Select(v => v.NumberValue)), scenario);
        Assert.Equal(entries[0].Key, array[0].Key); // the caller's array is left as it was
    }

    public static TheoryData<string> Documents() => new()
    {
        """{"b":1,"a":[true,false,null,"x",{"z":1.5,"y":-2}],"c":{},"d":[]}""",
        """[1,"two",{"k":"v","j":"w"}]""",
        "\"caf\\u00e9\"",
        "12345678901",
        "null",
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Parse_Utf8Json_EqualsFromJsonOfParsedDocument(string json)
    {
        using var document = JsonDocument.Parse(json);

        var parsed = PropertyJson.Parse(Encoding.UTF8.GetBytes(json));

        Assert.Equal(PropertyJson.FromJson(document.RootElement), parsed);
        Assert.Equal(PropertyJson.FromJson(System.Text.Json.Nodes.JsonNode.Parse(json)), parsed);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void SharingParser_ReadingManyTexts_EqualsFromJsonOfEach(string json)
    {
        // One parser across texts, as a checkpoint decode uses it: shared strings and numbers never change a value.
        var parser = new PropertyJsonParser();
        foreach (var text in new[] { json, """{"kind":"Deployment","port":8080,"replicas":2,"name":"app"}""", json, "[\"app\",\"app\",2,2]", json })
        {
            using var document = JsonDocument.Parse(text);
            Assert.Equal(PropertyJson.FromJson(document.RootElement), parser.Parse(Encoding.UTF8.GetBytes(text)));
        }
    }

    [Fact]
    public void SharingParser_RepeatedStrings_AreOneObject()
    {
        var parsed = new PropertyJsonParser().Parse("""[{"app":"web-1"},{"app":"web-1"}]"""u8).ArrayValue;

        var first = parsed[0].ObjectValue.Single();
        var second = parsed[1].ObjectValue.Single();
        Assert.Same(first.Key, second.Key);
        Assert.Same(first.Value, second.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"a\":1} 2")]
    [InlineData("{\"a\":")]
    public void Parse_InvalidJson_Throws(string json)
    {
        Assert.ThrowsAny<JsonException>(() => PropertyJson.Parse(Encoding.UTF8.GetBytes(json)));
    }

    public static TheoryData<string, string, bool> Resources() => new()
    {
        { """{"m":{"a":1,"b":[1,2]}}""", """{"m":{"a":1,"b":[1,2]}}""", true },
        { """{"m":{"a":1}}""", """{"m":{"a":2}}""", false },
        { """{"m":{"a":1}}""", """{}""", false },
    };

    [Theory]
    [MemberData(nameof(Resources))]
    public void ReadResource_OutputsRepeatingInputs_ShareOneMap(string inputs, string outputs, bool shared)
    {
        var json = new StateJson(new Infra.Engine.Secrets.MissingSecretsCodec("no secrets in this test"));
        using var document = JsonDocument.Parse($$"""{"urn":"urn:pulumi:dev::p::t:m:R::r","type":"t:m:R","inputs":{{inputs}},"outputs":{{outputs}}}""");

        var resource = json.ReadResource(document.RootElement, "test");

        Assert.Equal(shared, ReferenceEquals(resource.Inputs, resource.Outputs));
        using var expectedOutputs = JsonDocument.Parse(outputs);
        Assert.Equal(PropertyJson.FromJson(expectedOutputs.RootElement).ObjectValue, resource.Outputs);
    }
}
