using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Infra.Deployment;
using Infra.Properties;
using Infra.Serialization;
using Infra.Testing;
using Infra.TestPrograms;

namespace Infra.Engine.Tests.Properties;

/// <summary>Resource arguments, outputs and structured config through the SDK's serializer and converters.</summary>
public sealed class ArgumentSerializationTests
{
    // How System.Text.Json writes a plain argument object: the serializer's walk must produce the same document.
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public enum Tier
    {
        Gold,
        SilverPlus,
    }

    public sealed record Port(int Number, string? Name, Uri? Docs);

    public sealed record Plain(
        string Title,
        DateTime Created,
        DateTimeOffset Seen,
        Guid Id,
        TimeSpan Timeout,
        Tier Level,
        int? Missing,
        double Ratio,
        Port Main,
        IReadOnlyList<Port> Ports,
        Dictionary<string, string> Labels,
        ushort Port16,
        sbyte Offset,
        Half Weight,
        Int128 Wide,
        [property: JsonPropertyName("renamed")] string Original,
        [property: JsonIgnore] string Hidden);

    public static TheoryData<string, object> PlainObjects() => new()
    {
        {
            "every leaf kind, nesting, lists, maps, renames and ignores",
            new Plain(
                "web", new DateTime(2026, 11, 26, 10, 15, 37, 120, DateTimeKind.Utc), new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(2)),
                Guid.Parse("0b6f0c1e-8d2a-4c55-9a41-2f0f2a3b4c5d"), TimeSpan.FromSeconds(90), Tier.SilverPlus, null, 0.25,
                new Port(80, "http", new Uri("https://example.com/docs")), [new Port(443, null, null)],
                new() { ["app"] = "web", ["Tier"] = "front" }, 8080, -3, (Half)1.5, 12345, "kept", "secret-ish")
        },
        { "an anonymous object", new { Name = "x", Count = 3, Nested = new { Flag = true } } },
        { "an empty record", new Port(0, null, null) },
    };

    [Theory]
    [MemberData(nameof(PlainObjects))]
    public async Task SerializeAsync_PlainObject_MatchesSystemTextJson(string scenario, object value)
    {
        var serialized = await new PropertySerializer().SerializeAsync(value, CancellationToken.None);

        var expected = JsonSerializer.SerializeToNode(value, value.GetType(), Web);
        Assert.True(JsonNode.DeepEquals(expected, PropertyJson.ToJson(serialized.Value, SecretRendering.Reveal)), $"{scenario}: {PropertyJson.ToJson(serialized.Value, SecretRendering.Reveal)!.ToJsonString()} vs {expected!.ToJsonString()}");
    }

    [Fact]
    public async Task SerializeAsync_ByteArray_IsAListOfNumbersAsArgumentsAlwaysWroteIt()
    {
        var serialized = await new PropertySerializer().SerializeAsync(new { Blob = new byte[] { 1, 2, 255 } }, CancellationToken.None);

        Assert.Equal("""{"blob":[1,2,255]}""", PropertyJson.ToJson(serialized.Value, SecretRendering.Reveal)!.ToJsonString());
    }

    public sealed class Node
    {
        public string Name { get; init; } = "";

        public Node? Next { get; set; }
    }

    [Fact]
    public async Task SerializeAsync_ObjectReferringToItself_FailsSayingSo()
    {
        var node = new Node { Name = "loop" };
        node.Next = node;

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new PropertySerializer().SerializeAsync(node, CancellationToken.None));

        Assert.Contains("does an argument object refer back to itself?", error.Message, StringComparison.Ordinal);
    }

    [JsonConverter(typeof(ColourConverter))]
    public sealed record Colour(byte R, byte G, byte B);

    public sealed class ColourConverter : JsonConverter<Colour>
    {
        public override Colour Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new NotSupportedException();

        public override void Write(Utf8JsonWriter writer, Colour value, JsonSerializerOptions options) => writer.WriteStringValue($"#{value.R:x2}{value.G:x2}{value.B:x2}");
    }

    [Fact]
    public async Task SerializeAsync_TypeWithJsonConverter_UsesTheConverter()
    {
        var serialized = await new PropertySerializer().SerializeAsync(new { Accent = new Colour(255, 128, 0) }, CancellationToken.None);

        Assert.Equal("#ff8000", serialized.Value.ObjectValue["accent"].StringValue);
    }

    public sealed record Shape(string Name, int Size, IReadOnlyList<string> Zones);

    [Fact]
    public void Convert_WithTypeInfo_ReadsTheSameAsReflection()
    {
        var value = PropertyJson.FromJson(JsonNode.Parse("""{"name":"db","size":"3","zones":["a","b"]}"""));

        var typed = PropertyConverter.Convert(PropertyValue.MakeSecret(value), ArgumentTestJson.Default.Shape);
        var reflected = PropertyConverter.Convert<Shape>(value);

        Assert.Equal(("db", 3), (typed.Name, typed.Size));
        Assert.Equal(["a", "b"], typed.Zones);
        Assert.Equal((reflected.Name, reflected.Size), (typed.Name, typed.Size));
        Assert.Equal(reflected.Zones, typed.Zones);
    }

    public static TheoryData<string, Type, object?> CommonOutputs() => new()
    {
        { "\"text\"", typeof(string), "text" },
        { "\"42\"", typeof(int), 42 },
        { "42", typeof(long), 42L },
        { "true", typeof(bool), true },
        { "1.5", typeof(double), 1.5 },
    };

    [Theory]
    [MemberData(nameof(CommonOutputs))]
    public void Convert_CommonOutputTypes_ReadWithoutReflection(string json, Type type, object? expected)
    {
        var value = PropertyJson.FromJson(JsonNode.Parse(json));

        Assert.NotNull(OutputJson.Default.GetTypeInfo(type)); // so no build needs reflection for it
        var converted = typeof(PropertyConverter).GetMethods().Single(m => m.Name == nameof(PropertyConverter.Convert) && m.GetParameters().Length == 1)
            .MakeGenericMethod(type).Invoke(null, [value]);

        Assert.Equal(expected, converted);
    }

    [Fact]
    public async Task Config_GetObjectWithTypeInfo_ReadsStructuredConfigLikeTheReflectionOverload()
    {
        Shape? typed = null;
        Shape? reflected = null;
        var options = new SnapshotOptions
        {
            Project = "shapes",
            Config = new Dictionary<string, ConfigValue>(StringComparer.Ordinal) { ["shapes:db"] = new("""{"Name":"db","size":3,"zones":["a"]}""", IsSecret: false, IsObject: true) },
            ProviderAssemblies = [typeof(FileThing).Assembly],
        };

        await StackSnapshot.PreviewAsync(() => new LambdaStack(_ =>
        {
            var config = new Config();
            typed = config.RequireObject("db", ArgumentTestJson.Default.Shape);
            reflected = config.GetObject<Shape>("db");
            Assert.Null(config.GetObject("absent", ArgumentTestJson.Default.Shape));
        }), options, CancellationToken.None);

        Assert.Equal(("db", 3, "a"), (typed!.Name, typed.Size, typed.Zones.Single()));
        Assert.Equal((reflected!.Name, reflected.Size, reflected.Zones.Single()), (typed.Name, typed.Size, typed.Zones.Single()));
    }
}

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, NumberHandling = JsonNumberHandling.AllowReadingFromString)]
[JsonSerializable(typeof(ArgumentSerializationTests.Shape))]
internal sealed partial class ArgumentTestJson : JsonSerializerContext;
