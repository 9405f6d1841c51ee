using System.Text;
using System.Text.Json;
using Infra.Policy.Values;

namespace Infra.Policy.Tests.Values;

/// <summary>Reading JSON straight into values (shared key layouts, shared short strings) gives the values a JSON tree gives.</summary>
public sealed class JsonReadingTests
{
    public static TheoryData<string> Documents => new()
    {
        """{"b": 1, "a": 2}""",
        """[{"b": 1, "a": 2}, {"b": 3, "a": 4}, {"a": 5, "b": 6}]""",
        """{"a": 1, "a": 2}""",
        """[{"k": 1, "k": 2, "j": 0}, {"k": 3, "k": 4, "j": 0}]""",
        """{"k1": 1, "k2": 2, "k3": 3, "k4": 4, "k5": 5, "k6": 6, "k7": 7, "k8": 8, "k9": 9, "k10": 10, "k11": 11}""",
        """[{"caf\u00e9": "x"}, {"café": "y"}]""",
        """{"long": "a string well past the length under which strings are shared between values of a document"}""",
        """{"": {"": []}, "n": null, "t": true, "f": false, "x": 1.5, "z": -0}""",
        """[{"\u0041": 1}, {"A": 2}]""",
        ManyKeys(20, duplicate: true, escaped: false),
        ManyKeys(20, duplicate: true, escaped: true),
        ManyKeys(40, duplicate: false, escaped: true),
        """[[], {}, [[]], [{}]]""",
    };

    // An object of `count` keys (k0…), optionally repeating k3 last and spelling every key with an escape.
    private static string ManyKeys(int count, bool duplicate, bool escaped)
    {
        var keys = Enumerable.Range(0, count).Select(i => $"k{i}").ToList();
        if (duplicate) keys.Add("k3");
        var entries = keys.Select((k, i) => $"\"{(escaped ? "\\u006b" + k[1..] : k)}\": {i + 1}");
        return "{" + string.Join(", ", entries) + "}";
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void FromUtf8_Document_EqualsValueOfParsedTree(string json)
    {
        using var doc = JsonDocument.Parse(json);
        var expected = JsonConvert.FromElement(doc.RootElement);

        var actual = JsonConvert.FromUtf8(Encoding.UTF8.GetBytes(json));

        Assert.Equal(expected, actual);
        Assert.Equal(expected.GetHashCode(), actual.GetHashCode());
        Assert.Equal(expected.ToString(), actual.ToString());
    }

    public static TheoryData<string, string, string?> Lookups => new()
    {
        { """{"b": 1, "a": 2}""", "a", "2" },
        { """{"b": 1, "a": 2}""", "c", null },
        { """{"a": 1, "a": 2}""", "a", "2" },
        { """{"k1": 1, "k2": 2, "k3": 3, "k4": 4, "k5": 5, "k6": 6, "k7": 7, "k8": 8, "k9": 9, "k10": 10, "k11": 11}""", "k10", "10" },
        { """{"k1": 1, "k2": 2, "k3": 3, "k4": 4, "k5": 5, "k6": 6, "k7": 7, "k8": 8, "k9": 9, "k10": 10, "k11": 11}""", "k1", "1" },
        { """{"k1": 1, "k2": 2, "k3": 3, "k4": 4, "k5": 5, "k6": 6, "k7": 7, "k8": 8, "k9": 9, "k10": 10, "k11": 11}""", "k0", null },
        { """{"k1": 1, "k2": 2, "k3": 3, "k4": 4, "k5": 5, "k6": 6, "k7": 7, "k8": 8, "k9": 9, "k10": 10, "k11": 11}""", "k99", null },
        { ManyKeys(20, duplicate: true, escaped: false), "k3", "21" },
        { ManyKeys(20, duplicate: true, escaped: true), "k3", "21" },
        { ManyKeys(40, duplicate: false, escaped: true), "k39", "40" },
    };

    [Theory]
    [MemberData(nameof(Lookups))]
    public void Get_KeyOfObjectReadFromJson_FindsItsValue(string json, string key, string? expected)
    {
        var obj = (ObjectValue)JsonConvert.FromUtf8(Encoding.UTF8.GetBytes(json));

        var value = obj.Get(key);

        Assert.Equal(expected, value?.ToString());
    }

    [Fact]
    public void FromUtf8_ObjectsOfOneLayout_KeepTheirOwnValuesInKeyOrder()
    {
        var array = (ArrayValue)JsonConvert.FromUtf8("""[{"z": 1, "a": 2}, {"z": 3, "a": 4}]"""u8);

        var first = (ObjectValue)array.Items[0];
        var second = (ObjectValue)array.Items[1];

        Assert.Equal(["\"a\"", "\"z\""], first.SortedKeys.Select(k => k.ToString()));
        Assert.Equal("{\"a\": 2, \"z\": 1}", first.ToString());
        Assert.Equal("{\"a\": 4, \"z\": 3}", second.ToString());
        Assert.True(first.CompareTo(second) < 0);
    }
}
