using System.Collections.Immutable;
using System.Globalization;

namespace Infra.Properties;

/// <summary>
/// An immutable property tree node: the currency between programs, the engine, providers and state.
/// Besides JSON's shapes it carries two markers: <see cref="PropertyValueKind.Secret"/> and
/// <see cref="PropertyValueKind.Unknown"/>.
/// </summary>
public sealed class PropertyValue : IEquatable<PropertyValue>
{
    private readonly object? _payload;
    private readonly double _number;
    private readonly bool _bool;

    /// <summary>The JSON null value.</summary>
    public static readonly PropertyValue Null = new(PropertyValueKind.Null, null, 0, false);
    /// <summary>The value <c>true</c>.</summary>
    public static readonly PropertyValue True = new(PropertyValueKind.Bool, null, 0, true);
    /// <summary>The value <c>false</c>.</summary>
    public static readonly PropertyValue False = new(PropertyValueKind.Bool, null, 0, false);
    /// <summary>A value not known until the resource that computes it is deployed.</summary>
    public static readonly PropertyValue Unknown = new(PropertyValueKind.Unknown, null, 0, false);
    /// <summary>The empty object.</summary>
    public static readonly PropertyValue EmptyObject = new(PropertyValueKind.Object, PropertyMap.Empty, 0, false);
    /// <summary>The empty array.</summary>
    public static readonly PropertyValue EmptyArray = new(PropertyValueKind.Array, ImmutableArray<PropertyValue>.Empty, 0, false);

    private PropertyValue(PropertyValueKind kind, object? payload, double number, bool boolean)
    {
        Kind = kind;
        _payload = payload;
        _number = number;
        _bool = boolean;
        switch (payload)
        {
            case ImmutableArray<PropertyValue> items:
                foreach (var item in items.AsSpan())
                {
                    ContainsSecrets |= item.ContainsSecrets;
                    ContainsUnknowns |= item.ContainsUnknowns;
                }
                break;
            case PropertyMap map:
                ContainsSecrets = map.ContainsSecrets;
                ContainsUnknowns = map.ContainsUnknowns;
                break;
            case PropertyValue inner:
                ContainsUnknowns = inner.ContainsUnknowns;
                break;
        }
        ContainsSecrets |= kind == PropertyValueKind.Secret;
        ContainsUnknowns |= kind == PropertyValueKind.Unknown;
    }

    /// <summary>What shape this value has.</summary>
    public PropertyValueKind Kind { get; }

    /// <summary>True when this value or anything inside it is secret.</summary>
    public bool ContainsSecrets { get; }

    /// <summary>True when this value or anything inside it is unknown.</summary>
    public bool ContainsUnknowns { get; }

    /// <summary>True for <see cref="PropertyValueKind.Null"/>.</summary>
    public bool IsNull => Kind == PropertyValueKind.Null;

    /// <summary>The boolean; throws when the value is not a boolean.</summary>
    public bool BoolValue => Kind == PropertyValueKind.Bool ? _bool : throw WrongKind(PropertyValueKind.Bool);

    /// <summary>The number; throws when the value is not a number.</summary>
    public double NumberValue => Kind == PropertyValueKind.Number ? _number : throw WrongKind(PropertyValueKind.Number);

    /// <summary>The string; throws when the value is not a string.</summary>
    public string StringValue => Kind == PropertyValueKind.String ? (string)_payload! : throw WrongKind(PropertyValueKind.String);

    /// <summary>The items; throws when the value is not an array.</summary>
    public ImmutableArray<PropertyValue> ArrayValue =>
        Kind == PropertyValueKind.Array ? (ImmutableArray<PropertyValue>)_payload! : throw WrongKind(PropertyValueKind.Array);

    /// <summary>The map; throws when the value is not an object.</summary>
    public PropertyMap ObjectValue => Kind == PropertyValueKind.Object ? (PropertyMap)_payload! : throw WrongKind(PropertyValueKind.Object);

    /// <summary>The value inside a secret; throws when the value is not a secret.</summary>
    public PropertyValue SecretValue => Kind == PropertyValueKind.Secret ? (PropertyValue)_payload! : throw WrongKind(PropertyValueKind.Secret);

    /// <summary>Creates a string value.</summary>
    public static PropertyValue Create(string value) => new(PropertyValueKind.String, value ?? throw new ArgumentNullException(nameof(value)), 0, false);

    /// <summary>Creates a number value.</summary>
    public static PropertyValue Create(double value) => new(PropertyValueKind.Number, null, value, false);

    /// <summary>Creates a boolean value.</summary>
    public static PropertyValue Create(bool value) => value ? True : False;

    /// <summary>Creates an array value.</summary>
    public static PropertyValue Create(ImmutableArray<PropertyValue> items) =>
        items.IsDefaultOrEmpty ? EmptyArray : new(PropertyValueKind.Array, items, 0, false);

    /// <summary>Creates an array value.</summary>
    public static PropertyValue Create(IEnumerable<PropertyValue> items) => Create(items.ToImmutableArray());

    /// <summary>Creates an object value.</summary>
    public static PropertyValue Create(PropertyMap map) => map.Count == 0 ? EmptyObject : new(PropertyValueKind.Object, map, 0, false);

    /// <summary>Wraps a value as secret; a secret stays one secret (no double wrapping).</summary>
    public static PropertyValue MakeSecret(PropertyValue value) =>
        value.Kind == PropertyValueKind.Secret ? value : new(PropertyValueKind.Secret, value, 0, false);

    /// <summary>Removes the secret marker at the top, if any.</summary>
    public PropertyValue Unsecret() => Kind == PropertyValueKind.Secret ? SecretValue : this;

    /// <summary>Removes every secret marker in the tree (for providers, which see plaintext).</summary>
    public PropertyValue RevealSecrets()
    {
        if (!ContainsSecrets)
        {
            return this;
        }
        return Kind switch
        {
            PropertyValueKind.Secret => SecretValue.RevealSecrets(),
            PropertyValueKind.Array => Create(ArrayValue.Select(v => v.RevealSecrets()).ToImmutableArray()),
            PropertyValueKind.Object => Create(ObjectValue.RevealSecrets()),
            _ => this,
        };
    }

    /// <inheritdoc />
    public bool Equals(PropertyValue? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }
        if (other is null || other.Kind != Kind)
        {
            return false;
        }
        return Kind switch
        {
            PropertyValueKind.Null or PropertyValueKind.Unknown => true,
            PropertyValueKind.Bool => _bool == other._bool,
            PropertyValueKind.Number => _number.Equals(other._number),
            PropertyValueKind.String => string.Equals((string)_payload!, (string)other._payload!, StringComparison.Ordinal),
            PropertyValueKind.Array => ArrayValue.SequenceEqual(other.ArrayValue),
            PropertyValueKind.Object => ObjectValue.Equals(other.ObjectValue),
            PropertyValueKind.Secret => SecretValue.Equals(other.SecretValue),
            _ => false,
        };
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PropertyValue);

    /// <inheritdoc />
    public override int GetHashCode() => Kind switch
    {
        PropertyValueKind.Bool => _bool.GetHashCode(),
        PropertyValueKind.Number => _number.GetHashCode(),
        PropertyValueKind.String => StringComparer.Ordinal.GetHashCode((string)_payload!),
        PropertyValueKind.Array => ArrayValue.Length,
        PropertyValueKind.Object => ObjectValue.Count,
        PropertyValueKind.Secret => SecretValue.GetHashCode() ^ 0x5EC,
        _ => (int)Kind,
    };

    /// <summary>A short, redacted rendering for diagnostics: secrets show as <c>[secret]</c>.</summary>
    public override string ToString() => Kind switch
    {
        PropertyValueKind.Null => "null",
        PropertyValueKind.Bool => _bool ? "true" : "false",
        PropertyValueKind.Number => _number.ToString("R", CultureInfo.InvariantCulture),
        PropertyValueKind.String => "\"" + (string)_payload! + "\"",
        PropertyValueKind.Array => "[" + string.Join(", ", ArrayValue) + "]",
        PropertyValueKind.Object => "{" + string.Join(", ", ObjectValue.Select(p => p.Key + ": " + p.Value)) + "}",
        PropertyValueKind.Secret => "[secret]",
        _ => "[unknown]",
    };

    private InvalidOperationException WrongKind(PropertyValueKind wanted) =>
        new($"Property value is {Kind}, not {wanted}.");
}
