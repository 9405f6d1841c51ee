using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Immutable;
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
    private static readonly JsonSerializerOptions PlainJson = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private readonly ConcurrentDictionary<Type, TypeShape> _shapes = new();

    /// <summary>Serializes <paramref name="value"/>.</summary>
    public async Task<SerializedValue> SerializeAsync(object? value, CancellationToken cancellationToken)
    {
        var dependencies = OutputData<object>.NoResources;
        var result = await SerializeCoreAsync(value, d => dependencies = dependencies.Union(d), cancellationToken).ConfigureAwait(false);
        return new SerializedValue(result, dependencies);
    }

    private async Task<PropertyValue> SerializeCoreAsync(object? value, Action<ImmutableHashSet<Resource>> addDependencies, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
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
            case int or long or double or float or decimal or short or byte or uint or ulong:
                return PropertyValue.Create(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture));
            case Enum enumValue:
                return PropertyValue.Create(JsonNamingPolicy.CamelCase.ConvertName(enumValue.ToString()));
            case Resource resource:
                addDependencies(ImmutableHashSet.Create<Resource>(ReferenceEqualityComparer.Instance, resource));
                return PropertyValue.Create(resource.Urn);
            case IOutputLike like:
                return await SerializeOutputAsync(like.ToObjectOutput(), addDependencies, cancellationToken).ConfigureAwait(false);
            case IDictionary dictionary:
                return await SerializeDictionaryAsync(dictionary, addDependencies, cancellationToken).ConfigureAwait(false);
            case IEnumerable sequence:
                var items = ImmutableArray.CreateBuilder<PropertyValue>();
                foreach (var item in sequence)
                {
                    items.Add(await SerializeCoreAsync(item, addDependencies, cancellationToken).ConfigureAwait(false));
                }
                return PropertyValue.Create(items.ToImmutable());
        }
        var shape = _shapes.GetOrAdd(value.GetType(), TypeShape.Inspect);
        if (!shape.HasOutputs)
        {
            return PropertyJson.FromJson(JsonSerializer.SerializeToElement(value, value.GetType(), PlainJson));
        }
        var entries = new List<KeyValuePair<string, PropertyValue>>();
        foreach (var (name, property) in shape.Properties)
        {
            var raw = property.GetValue(value);
            if (raw is null)
            {
                continue;
            }
            entries.Add(new(name, await SerializeCoreAsync(raw, addDependencies, cancellationToken).ConfigureAwait(false)));
        }
        return PropertyValue.Create(PropertyMap.Create(entries));
    }

    private async Task<PropertyValue> SerializeOutputAsync(Output<object?> output, Action<ImmutableHashSet<Resource>> addDependencies, CancellationToken cancellationToken)
    {
        var data = await output.DataTask.WaitAsync(cancellationToken).ConfigureAwait(false);
        addDependencies(data.Resources);
        if (!data.IsKnown)
        {
            return data.IsSecret ? PropertyValue.MakeSecret(PropertyValue.Unknown) : PropertyValue.Unknown;
        }
        var inner = await SerializeCoreAsync(data.Value, addDependencies, cancellationToken).ConfigureAwait(false);
        return data.IsSecret ? PropertyValue.MakeSecret(inner) : inner;
    }

    private async Task<PropertyValue> SerializeDictionaryAsync(IDictionary dictionary, Action<ImmutableHashSet<Resource>> addDependencies, CancellationToken cancellationToken)
    {
        var entries = new List<KeyValuePair<string, PropertyValue>>();
        foreach (DictionaryEntry entry in dictionary)
        {
            if (entry.Value is null)
            {
                continue;
            }
            var key = Convert.ToString(entry.Key, System.Globalization.CultureInfo.InvariantCulture) ?? "";
            entries.Add(new(key, await SerializeCoreAsync(entry.Value, addDependencies, cancellationToken).ConfigureAwait(false)));
        }
        return PropertyValue.Create(PropertyMap.Create(entries));
    }

    private sealed record TypeShape(bool HasOutputs, IReadOnlyList<(string Name, PropertyInfo Property)> Properties)
    {
        public static TypeShape Inspect(Type type)
        {
            var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<JsonIgnoreAttribute>() is null)
                .Select(p => (NameOf(p), p))
                .ToList();
            var hasOutputs = typeof(ResourceArgs).IsAssignableFrom(type)
                || properties.Any(p => typeof(IOutputLike).IsAssignableFrom(p.p.PropertyType) || p.p.PropertyType.IsAssignableTo(typeof(Resource)));
            return new TypeShape(hasOutputs, properties);
        }

        private static string NameOf(PropertyInfo property) =>
            property.GetCustomAttribute<InputAttribute>()?.Name
            ?? property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name
            ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);
    }
}
