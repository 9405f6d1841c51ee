using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Infra.Properties;

namespace Infra.Serialization;

/// <summary>Converts engine property values back into the CLR types that resource outputs declare.</summary>
public static class PropertyConverter
{
    /// <summary>Converts <paramref name="value"/> (secret markers removed) to <typeparamref name="T"/>.</summary>
    /// <remarks>
    /// Strings, numbers, booleans, lists and maps of strings, JSON nodes and property values convert in every build.
    /// Other types are read with reflection-based JSON, which a Native AOT build does not have: there, use
    /// <see cref="Convert{T}(PropertyValue, JsonTypeInfo{T})"/> with a source-generated type.
    /// </remarks>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> needs reflection-based JSON and the build has none.</exception>
    public static T Convert<T>(PropertyValue value) => ConvertCore(value, Deserialize<T>);

    /// <summary>Converts <paramref name="value"/> (secret markers removed) to <typeparamref name="T"/> with the given JSON contract; works in every build.</summary>
    public static T Convert<T>(PropertyValue value, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        return ConvertCore(value, node => node.Deserialize(typeInfo)!);
    }

    private static T ConvertCore<T>(PropertyValue value, Func<JsonNode, T> deserialize)
    {
        var plain = value.RevealSecrets();
        if (TryConvertDirectly<T>(plain, out var direct))
        {
            return direct;
        }
        var node = PropertyJson.ToJson(plain, SecretRendering.Reveal);
        return node is null ? default! : deserialize(node);
    }

    // The common output types through the source-generated contract, others by reflection where the build has it.
    private static T Deserialize<T>(JsonNode node)
    {
        if (OutputJson.Default.GetTypeInfo(typeof(T)) is JsonTypeInfo<T> known)
        {
            return node.Deserialize(known)!;
        }
        if (ReflectionJson.IsSupported)
        {
            return node.Deserialize<T>(ReflectionOptions.Value)!;
        }
        throw new NotSupportedException(
            $"Reading a value as {typeof(T)} needs reflection-based JSON, which this build (Native AOT or trimmed) does not have. " +
            $"Pass the type's JsonTypeInfo from a source-generated JsonSerializerContext instead (GetOutput(name, typeInfo)).");
    }

    private static bool TryConvertDirectly<T>(PropertyValue plain, out T result)
    {
        object? converted = null;
        if (typeof(T) == typeof(PropertyValue))
        {
            converted = plain;
        }
        else if (typeof(T) == typeof(PropertyMap))
        {
            converted = plain.Kind == PropertyValueKind.Object ? plain.ObjectValue : PropertyMap.Empty;
        }
        else if (typeof(T) == typeof(string) && plain.Kind == PropertyValueKind.String)
        {
            converted = plain.StringValue;
        }
        else if (typeof(T) == typeof(JsonNode) || typeof(T) == typeof(JsonObject))
        {
            converted = PropertyJson.ToJson(plain, SecretRendering.Reveal);
        }
        else
        {
            result = default!;
            return false;
        }
        result = (T)converted!;
        return true;
    }

    // Reflection-based options for caller types; only touched where reflection JSON is available.
    [RequiresUnreferencedCode("Reflection-based JSON over caller types.")]
    [RequiresDynamicCode("Reflection-based JSON over caller types.")]
    private static class ReflectionOptions
    {
        public static readonly JsonSerializerOptions Value = new(JsonSerializerDefaults.Web)
        {
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
        };
    }
}
