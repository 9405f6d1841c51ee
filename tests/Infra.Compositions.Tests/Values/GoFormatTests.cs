using System.Text.Json.Nodes;
using Infra.Compositions.Values;

namespace Infra.Compositions.Tests.Values;

public sealed class GoFormatTests
{
    public static TheoryData<string, string, JsonNode?[], string> Cases => new()
    {
        { "string verb", "a-%s", [JsonValue.Create("x")], "a-x" },
        { "float64 with %d is a bad verb", "disk-%d", [JsonValue.Create(20.0)], "disk-%!d(float64=20)" },
        { "float64 with %s is a bad verb", "%s", [JsonValue.Create(20.0)], "%!s(float64=20)" },
        { "float64 %v shortest", "%v", [JsonValue.Create(1000000.0)], "1e+06" },
        { "float64 %v small", "%v", [JsonValue.Create(0.00001)], "1e-05" },
        { "int64 padded", "%05d", [JsonValue.Create(42L)], "00042" },
        { "precision", "%.2f", [JsonValue.Create(3.14159)], "3.14" },
        { "missing argument", "%s-%s", [JsonValue.Create("a")], "a-%!s(MISSING)" },
        { "extra argument", "%s", [JsonValue.Create("a"), JsonValue.Create(3.0)], "a%!(EXTRA float64=3)" },
        { "nil with %s", "%s", [null], "%!s(<nil>)" },
        { "nil with %v", "%v", [null], "<nil>" },
        { "quoted", "%q", [JsonValue.Create("a\"b")], "\"a\\\"b\"" },
        { "percent literal", "100%%", [], "100%" },
        { "map sorted keys", "%v", [new JsonObject { ["b"] = 1L, ["a"] = "x" }], "map[a:x b:1]" },
        { "slice", "%v", [new JsonArray("a", 1L, true)], "[a 1 true]" },
        { "bool", "%t", [JsonValue.Create(true)], "true" },
        { "hex of int", "%x", [JsonValue.Create(255L)], "ff" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Sprintf_Case_MatchesGo(string name, string format, JsonNode?[] args, string want)
    {
        Assert.Equal(want, GoFormat.Sprintf(format, args));
    }
}
