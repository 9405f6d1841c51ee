using System.Text.Json.Nodes;

namespace Infra.Compositions.Authoring;

/// <summary>A string transform; build one with the static factories (<see cref="Format"/>, <see cref="Join"/>, …).</summary>
public sealed record StringTransform : Transform
{
    private StringTransform(string type, string field, JsonNode value)
    {
        Kind = type;
        Field = field;
        Value = value;
    }

    /// <summary>The upstream <c>string.type</c> (Format, Convert, TrimPrefix, TrimSuffix, Regexp, Join, Replace).</summary>
    public string Kind { get; }

    private string Field { get; }

    private JsonNode Value { get; }

    /// <summary>Formats the input with a Go format string (<c>%s</c>, <c>%v</c>, <c>%d</c>…).</summary>
    public static StringTransform Format(string format) => new("Format", "fmt", JsonValue.Create(format));

    /// <summary>Converts the input (case, base64, JSON, hashes).</summary>
    public static StringTransform Convert(StringConversion conversion) => new("Convert", "convert", JsonValue.Create(conversion.ToString()));

    /// <summary>Removes <paramref name="prefix"/> once if present.</summary>
    public static StringTransform TrimPrefix(string prefix) => new("TrimPrefix", "trim", JsonValue.Create(prefix));

    /// <summary>Removes <paramref name="suffix"/> once if present.</summary>
    public static StringTransform TrimSuffix(string suffix) => new("TrimSuffix", "trim", JsonValue.Create(suffix));

    /// <summary>Extracts capture group <paramref name="group"/> of the first match of <paramref name="match"/>.</summary>
    public static StringTransform Regexp(string match, int? group = null)
    {
        var regexp = new JsonObject { ["match"] = match };
        if (group is { } g) regexp["group"] = g;
        return new("Regexp", "regexp", regexp);
    }

    /// <summary>Joins an array input with <paramref name="separator"/>.</summary>
    public static StringTransform Join(string separator) => new("Join", "join", new JsonObject { ["separator"] = separator });

    /// <summary>Replaces every <paramref name="search"/> with <paramref name="replacement"/>.</summary>
    public static StringTransform Replace(string search, string replacement) =>
        new("Replace", "replace", new JsonObject { ["search"] = search, ["replace"] = replacement });

    internal override JsonObject ToJson() => new()
    {
        ["type"] = "string",
        ["string"] = new JsonObject { ["type"] = Kind, [Field] = Value.DeepClone() },
    };
}
