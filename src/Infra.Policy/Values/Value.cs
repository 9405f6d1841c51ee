namespace Infra.Policy.Values;

/// <summary>An immutable Rego value: null, boolean, number, string, array, set or object.</summary>
public abstract class Value : IEquatable<Value>, IComparable<Value>
{
    /// <summary>Rank of the value's kind in OPA's total order (null &lt; boolean &lt; number &lt; string &lt; array &lt; object &lt; set).</summary>
    internal abstract int KindRank { get; }

    /// <summary>The OPA type name (<c>null</c>, <c>boolean</c>, <c>number</c>, <c>string</c>, <c>array</c>, <c>object</c>, <c>set</c>).</summary>
    public abstract string TypeName { get; }

    /// <summary>Compares two values of the same kind.</summary>
    internal abstract int CompareSameKind(Value other);

    /// <inheritdoc />
    public int CompareTo(Value? other)
    {
        if (other is null) return 1;
        if (ReferenceEquals(this, other)) return 0;
        if (this is StringValue a && other is StringValue b) return StringValue.CompareUtf8(a.Value, b.Value);
        var r = KindRank.CompareTo(other.KindRank);
        return r != 0 ? r : CompareSameKind(other);
    }

    /// <inheritdoc />
    public bool Equals(Value? other) => other switch
    {
        null => false,
        // Object keys are almost always strings: compare them without the ordering walk.
        StringValue b when this is StringValue a => string.Equals(a.Value, b.Value, StringComparison.Ordinal),
        _ => CompareTo(other) == 0,
    };

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Value v && Equals(v);

    /// <inheritdoc />
    public abstract override int GetHashCode();

    /// <summary>Renders the value as Rego term text (sets as <c>{…}</c>, strings quoted).</summary>
    public override string ToString() => ValueFormatter.ToRego(this);
}
