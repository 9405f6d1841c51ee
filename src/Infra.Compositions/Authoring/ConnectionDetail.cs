using System.Text.Json.Nodes;

namespace Infra.Compositions.Authoring;

/// <summary>A connection detail the XR exposes from a composed resource; build with the static factories.</summary>
/// <param name="Name">The connection detail key.</param>
/// <param name="Type">FromConnectionSecretKey, FromFieldPath or FromValue.</param>
/// <param name="Source">The secret key, field path or literal value.</param>
public sealed record ConnectionDetail(string Name, string Type, string Source)
{
    /// <summary>Copies key <paramref name="key"/> of the composed resource's connection secret.</summary>
    public static ConnectionDetail FromConnectionSecretKey(string name, string key) => new(name, "FromConnectionSecretKey", key);

    /// <summary>Reads <paramref name="fieldPath"/> of the observed composed resource.</summary>
    public static ConnectionDetail FromFieldPath(string name, string fieldPath) => new(name, "FromFieldPath", fieldPath);

    /// <summary>A fixed value.</summary>
    public static ConnectionDetail FromValue(string name, string value) => new(name, "FromValue", value);

    internal JsonObject ToJson() => new()
    {
        ["name"] = Name,
        ["type"] = Type,
        [Type switch { "FromConnectionSecretKey" => "fromConnectionSecretKey", "FromFieldPath" => "fromFieldPath", _ => "value" }] = Source,
    };
}
