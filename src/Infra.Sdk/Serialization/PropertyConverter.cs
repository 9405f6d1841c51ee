using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Infra.Properties;

namespace Infra.Serialization;

/// <summary>Converts engine property values back into the CLR types that resource outputs declare.</summary>
public static class PropertyConverter
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        NumberHandling = JsonNumberHandling.AllowReadingFromString,
    };

    /// <summary>Converts <paramref name="value"/> (secret markers removed) to <typeparamref name="T"/>.</summary>
    public static T Convert<T>(PropertyValue value)
    {
        var plain = value.RevealSecrets();
        if (typeof(T) == typeof(PropertyValue))
        {
            return (T)(object)plain;
        }
        if (typeof(T) == typeof(PropertyMap))
        {
            return (T)(object)(plain.Kind == PropertyValueKind.Object ? plain.ObjectValue : PropertyMap.Empty);
        }
        if (typeof(T) == typeof(string) && plain.Kind == PropertyValueKind.String)
        {
            return (T)(object)plain.StringValue;
        }
        var node = PropertyJson.ToJson(plain, SecretRendering.Reveal);
        if (typeof(T) == typeof(JsonNode) || typeof(T) == typeof(JsonObject))
        {
            return (T)(object)node!;
        }
        return node is null ? default! : node.Deserialize<T>(Options)!;
    }
}
