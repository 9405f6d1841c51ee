using System.Buffers;
using System.Collections;
using System.Collections.Immutable;
using Infra.Properties;
using k8s.Models;

namespace Infra.Providers.Kubernetes.Manifests.Writing;

/// <summary>
/// Converts models of one root type to their desired-state manifest by walking their properties with getters bound
/// once per type, instead of serializing each model to JSON text and reading it back. The value equals what
/// <see cref="ModelManifest.ToValue(object, ModelKind?)"/> produces: null fields dropped, <c>status</c> and server
/// metadata left out, quantities in canonical form, and anything the walker does not model given to the serializer.
/// </summary>
internal sealed class ModelWriter
{
    private readonly ObjectShape root;

    private ModelWriter(ObjectShape root) => this.root = root;

    /// <summary>The model type this writer converts.</summary>
    public Type RootType => root.Type;

    /// <summary>A writer for <paramref name="type"/>, or null when it is not a model the walker can reproduce.</summary>
    public static ModelWriter? For(Type type) => new ShapeBuilder().Build(type) is ObjectShape shape ? new ModelWriter(shape) : null;

    /// <summary>Converts <paramref name="model"/>, an instance of exactly <see cref="RootType"/>.</summary>
    public PropertyValue ToValue(object model, ModelKind? kind)
    {
        var entries = new List<KeyValuePair<string, PropertyValue>>(root.Properties.Length + 2);
        var hasApiVersion = false;
        var hasKind = false;
        foreach (var property in root.Properties)
        {
            if (property.Name == "status" || property.Get(model) is not { } raw)
            {
                continue;
            }
            var value = property.Name == "metadata" && property.Shape is ObjectShape metadata
                ? Object(raw, metadata, ManifestNormalizer.IsServerMetadata)
                : Convert(raw, property.Shape);
            if (value.Kind == PropertyValueKind.Null)
            {
                continue;
            }
            hasApiVersion |= property.Name == "apiVersion";
            hasKind |= property.Name == "kind";
            entries.Add(new(property.Name, value));
        }
        if (kind is not null && !hasApiVersion)
        {
            entries.Add(new("apiVersion", PropertyValue.Create(kind.ApiVersion)));
        }
        if (kind is not null && !hasKind)
        {
            entries.Add(new("kind", PropertyValue.Create(kind.Kind)));
        }
        return PropertyValue.Create(PropertyMap.Create(entries));
    }

    private static PropertyValue Convert(object value, ValueShape shape) => shape switch
    {
        ObjectShape objectShape => Object(value, objectShape, drop: null),
        ArrayShape array when value is IEnumerable items => Array(items, array.Element),
        MapShape map when value is IDictionary dictionary => Map(dictionary, map.Value),
        ScalarShape => Scalar(value),
        _ => ModelManifest.Serialized(value),
    };

    private static PropertyValue Object(object model, ObjectShape shape, Func<string, bool>? drop)
    {
        // Entries are collected in a pooled buffer sized for every property (a model sets few of its many) and the
        // map keeps one exactly sized copy.
        var properties = shape.Properties;
        var entries = ArrayPool<KeyValuePair<string, PropertyValue>>.Shared.Rent(properties.Length);
        try
        {
            var count = 0;
            foreach (var property in properties)
            {
                if (property.Get(model) is not { } raw || (drop is not null && drop(property.Name)))
                {
                    continue;
                }
                var value = Convert(raw, property.Shape);
                if (value.Kind != PropertyValueKind.Null)
                {
                    entries[count++] = new(property.Name, value);
                }
            }
            return PropertyValue.Create(PropertyMap.Create(entries.AsSpan(0, count)));
        }
        finally
        {
            ArrayPool<KeyValuePair<string, PropertyValue>>.Shared.Return(entries, clearArray: true);
        }
    }

    private static PropertyValue Array(IEnumerable items, ValueShape element)
    {
        var values = ImmutableArray.CreateBuilder<PropertyValue>(items is ICollection collection ? collection.Count : 4);
        foreach (var item in items)
        {
            // Nulls inside arrays stay: only null-valued fields are dropped.
            values.Add(item is null ? PropertyValue.Null : Convert(item, element));
        }
        return PropertyValue.Create(values.DrainToImmutable());
    }

    private static PropertyValue Map(IDictionary dictionary, ValueShape valueShape)
    {
        var entries = new List<KeyValuePair<string, PropertyValue>>(dictionary.Count);
        var enumerator = dictionary.GetEnumerator();
        while (enumerator.MoveNext())
        {
            if (enumerator.Key is not string key)
            {
                return ModelManifest.Serialized(dictionary);
            }
            if (enumerator.Value is not { } raw)
            {
                continue;
            }
            var value = Convert(raw, valueShape);
            if (value.Kind != PropertyValueKind.Null)
            {
                entries.Add(new(key, value));
            }
        }
        return PropertyValue.Create(PropertyMap.Create(entries));
    }

    private static PropertyValue Scalar(object value) => value switch
    {
        // Lone surrogates are left to the serializer, which decides how they are escaped.
        string text when text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') < 0 => PropertyValue.Create(text),
        bool flag => PropertyValue.Create(flag),
        int number => PropertyValue.Create(number),
        long number => PropertyValue.Create(number),
        double number when double.IsFinite(number) => PropertyValue.Create(number),
        ResourceQuantity quantity => quantity.ToString() is { } canonical ? PropertyValue.Create(canonical) : PropertyValue.Null,
        // As the model's converter writes it: a number when the text is an integer, else the text.
        IntOrString intOrString => intOrString.Value is not { } text ? PropertyValue.Null
            : long.TryParse(text, out var integer) ? PropertyValue.Create(integer)
            : Scalar(text),
        byte[] bytes => PropertyValue.Create(System.Convert.ToBase64String(bytes)),
        _ => ModelManifest.Serialized(value),
    };
}
