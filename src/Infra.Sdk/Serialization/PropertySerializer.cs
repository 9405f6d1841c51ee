using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Infra.Properties;

namespace Infra.Serialization;

/// <summary>
/// Turns resource arguments (plain values, outputs, inputs, lists, maps and objects with properties) into a
/// <see cref="PropertyValue"/>, awaiting every output inside and collecting secret markers and dependencies.
/// </summary>
public sealed class PropertySerializer
{
    // Deep enough for any real argument object; deeper means a reference cycle, which would otherwise overflow the stack.
    private const int MaxDepth = 64;

    private readonly ConcurrentDictionary<Type, TypeShape> _shapes = new();

    /// <summary>Serializes <paramref name="value"/>.</summary>
    public async Task<SerializedValue> SerializeAsync(object? value, CancellationToken cancellationToken)
    {
        var dependencies = OutputData<object>.NoResources;
        var result = await SerializeCoreAsync(value, d => dependencies = dependencies.Union(d), 0, cancellationToken).ConfigureAwait(false);
        return new SerializedValue(result, dependencies);
    }

    private async Task<PropertyValue> SerializeCoreAsync(object? value, Action<ImmutableHashSet<Resource>> addDependencies, int depth, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (depth > MaxDepth)
        {
            throw new InvalidOperationException($"Resource arguments nest more than {MaxDepth} levels deep (at a {value?.GetType().Name}): does an argument object refer back to itself?");
        }
        switch (value)
        {
            case null:
                return PropertyValue.Null;
            case PropertyValue property:
                return property;
            case PropertyMap map:
                return PropertyValue.Create(map);
            case JsonNode node:
                return PropertyJson.FromJson(node);
            case JsonElement element:
                return PropertyJson.FromJson(element);
            case string text:
                return PropertyValue.Create(text);
            case bool flag:
                return PropertyValue.Create(flag);
            case int or long or double or float or decimal or short or byte or uint or ulong or sbyte or ushort or nint or nuint:
                return PropertyValue.Create(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture));
            case Enum enumValue:
                return PropertyValue.Create(JsonNamingPolicy.CamelCase.ConvertName(enumValue.ToString()));
            case Resource resource:
                addDependencies(ImmutableHashSet.Create<Resource>(ReferenceEqualityComparer.Instance, resource));
                return PropertyValue.Create(resource.Urn);
            case IOutputLike like:
                return await SerializeOutputAsync(like.ToObjectOutput(), addDependencies, depth, cancellationToken).ConfigureAwait(false);
        }
        if (LeafJson.Default.GetTypeInfo(value.GetType()) is { } leaf)
        {
            return PropertyJson.FromJson(JsonSerializer.SerializeToElement(value, leaf));
        }
        switch (value)
        {
            case IDictionary dictionary:
                return await SerializeDictionaryAsync(dictionary, addDependencies, depth, cancellationToken).ConfigureAwait(false);
            case IEnumerable sequence:
                var items = ImmutableArray.CreateBuilder<PropertyValue>();
                foreach (var item in sequence)
                {
                    items.Add(await SerializeCoreAsync(item, addDependencies, depth + 1, cancellationToken).ConfigureAwait(false));
                }
                return PropertyValue.Create(items.ToImmutable());
        }
        var shape = ShapeOf(value);
        if (shape.HasCustomConverter)
        {
            return SerializeWithConverter(value);
        }
        var entries = new List<KeyValuePair<string, PropertyValue>>();
        foreach (var (name, property) in shape.Properties)
        {
            var raw = property.GetValue(value);
            if (raw is null)
            {
                continue;
            }
            entries.Add(new(name, await SerializeCoreAsync(raw, addDependencies, depth + 1, cancellationToken).ConfigureAwait(false)));
        }
        return PropertyValue.Create(PropertyMap.Create(entries));
    }

    // Argument objects are instances of the stack program's own types, of component packages' or of Infra's. Types
    // deriving from ResourceArgs keep their public properties under trimming (the annotation on ResourceArgs); the
    // documented Native AOT publish trims only assemblies marked trimmable, so a program's own argument types stay whole.
    [UnconditionalSuppressMessage("Trimming", "IL2072", Justification = "See the comment above: argument types are kept by the ResourceArgs annotation or by not being trimmed.")]
    private TypeShape ShapeOf(object value)
    {
        var type = value.GetType();
        return _shapes.TryGetValue(type, out var shape) ? shape : _shapes.GetOrAdd(type, TypeShape.Inspect(type));
    }

    private static PropertyValue SerializeWithConverter(object value)
    {
        if (!ReflectionJson.IsSupported)
        {
            throw new NotSupportedException($"The argument type {value.GetType()} has a [JsonConverter], which needs reflection-based JSON; this build (Native AOT or trimmed) has none. Pass the value as a JsonNode or a PropertyValue instead.");
        }
        return PropertyJson.FromJson(JsonSerializer.SerializeToElement(value, value.GetType(), ConverterJson.Options));
    }

    // The options a [JsonConverter] type is written with: the web defaults, nulls left out, enums as camelCase names.
    [RequiresUnreferencedCode("Reflection-based JSON over caller types.")]
    [RequiresDynamicCode("Reflection-based JSON over caller types.")]
    private static class ConverterJson
    {
        public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        };
    }

    private async Task<PropertyValue> SerializeOutputAsync(Output<object?> output, Action<ImmutableHashSet<Resource>> addDependencies, int depth, CancellationToken cancellationToken)
    {
        var data = await output.DataTask.WaitAsync(cancellationToken).ConfigureAwait(false);
        addDependencies(data.Resources);
        if (!data.IsKnown)
        {
            return data.IsSecret ? PropertyValue.MakeSecret(PropertyValue.Unknown) : PropertyValue.Unknown;
        }
        var inner = await SerializeCoreAsync(data.Value, addDependencies, depth + 1, cancellationToken).ConfigureAwait(false);
        return data.IsSecret ? PropertyValue.MakeSecret(inner) : inner;
    }

    private async Task<PropertyValue> SerializeDictionaryAsync(IDictionary dictionary, Action<ImmutableHashSet<Resource>> addDependencies, int depth, CancellationToken cancellationToken)
    {
        var entries = new List<KeyValuePair<string, PropertyValue>>();
        foreach (DictionaryEntry entry in dictionary)
        {
            if (entry.Value is null)
            {
                continue;
            }
            var key = Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? "";
            entries.Add(new(key, await SerializeCoreAsync(entry.Value, addDependencies, depth + 1, cancellationToken).ConfigureAwait(false)));
        }
        return PropertyValue.Create(PropertyMap.Create(entries));
    }

    private sealed record TypeShape(bool HasCustomConverter, IReadOnlyList<(string Name, PropertyInfo Property)> Properties)
    {
        public static TypeShape Inspect([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicProperties)] Type type)
        {
            var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<JsonIgnoreAttribute>() is not { Condition: JsonIgnoreCondition.Always })
                .Select(p => (NameOf(p), p))
                .ToList();
            return new TypeShape(type.GetCustomAttribute<JsonConverterAttribute>() is not null, properties);
        }

        private static string NameOf(PropertyInfo property) =>
            property.GetCustomAttribute<InputAttribute>()?.Name
            ?? property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name
            ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);
    }
}
