namespace Infra.Policy.Values;

/// <summary>An immutable Rego array.</summary>
public sealed class ArrayValue : Value
{
    /// <summary>The empty array.</summary>
    public static readonly ArrayValue Empty = new([]);

    private int? _hash;

    /// <summary>Creates an array over <paramref name="items"/> (the list is not copied).</summary>
    public ArrayValue(IReadOnlyList<Value> items) => Items = items;

    /// <summary>The elements.</summary>
    public IReadOnlyList<Value> Items { get; }

    /// <summary>Number of elements.</summary>
    public int Count => Items.Count;

    internal override int KindRank => 6;

    /// <inheritdoc />
    public override string TypeName => "array";

    internal override int CompareSameKind(Value other)
    {
        var o = ((ArrayValue)other).Items;
        var n = Math.Min(Items.Count, o.Count);
        for (var i = 0; i < n; i++)
        {
            var c = Items[i].CompareTo(o[i]);
            if (c != 0) return c;
        }
        return Items.Count.CompareTo(o.Count);
    }

    /// <inheritdoc />
    public override int GetHashCode()
    {
        if (_hash is { } h) return h;
        var hc = new HashCode();
        foreach (var v in Items) hc.Add(v.GetHashCode());
        _hash = hc.ToHashCode();
        return _hash.Value;
    }
}
