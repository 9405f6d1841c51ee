namespace Infra.Policy.Values;

/// <summary>An immutable Rego set, kept in OPA's canonical sorted order.</summary>
public sealed class SetValue : Value
{
    /// <summary>The empty set.</summary>
    public static readonly SetValue Empty = new([], sorted: true);

    private readonly Value[] _items;
    private HashSet<Value>? _lookup;
    private int? _hash;

    private SetValue(Value[] items, bool sorted, bool distinct = false)
    {
        if (!sorted && distinct)
        {
            Array.Sort(items);
        }
        else if (!sorted)
        {
            Array.Sort(items);
            var w = 0;
            for (var i = 0; i < items.Length; i++)
            {
                if (w > 0 && items[w - 1].Equals(items[i])) continue;
                items[w++] = items[i];
            }
            if (w != items.Length) Array.Resize(ref items, w);
        }
        _items = items;
    }

    /// <summary>
    /// Creates a set of a hash set's elements, skipping the duplicate scan; the hash set becomes the membership index,
    /// so the caller must not change it afterwards.
    /// </summary>
    internal static SetValue OfDistinct(HashSet<Value> items)
    {
        var array = new Value[items.Count];
        items.CopyTo(array);
        return new SetValue(array, sorted: false, distinct: true) { _lookup = items };
    }

    /// <summary>Creates a set from any sequence (duplicates collapse).</summary>
    public static SetValue Of(IEnumerable<Value> items) => new(items.ToArray(), sorted: false);

    /// <summary>The elements in sorted order.</summary>
    public IReadOnlyList<Value> Items => _items;

    /// <summary>Number of elements.</summary>
    public int Count => _items.Length;

    /// <summary>True when <paramref name="v"/> is an element.</summary>
    public bool Contains(Value v)
    {
        if (_items.Length < 8) return Array.IndexOf(_items, v) >= 0;
        _lookup ??= new HashSet<Value>(_items);
        return _lookup.Contains(v);
    }

    internal override int KindRank => 8;

    /// <inheritdoc />
    public override string TypeName => "set";

    internal override int CompareSameKind(Value other)
    {
        var o = ((SetValue)other)._items;
        var n = Math.Min(_items.Length, o.Length);
        for (var i = 0; i < n; i++)
        {
            var c = _items[i].CompareTo(o[i]);
            if (c != 0) return c;
        }
        return _items.Length.CompareTo(o.Length);
    }

    /// <inheritdoc />
    public override int GetHashCode()
    {
        if (_hash is { } h) return h;
        var sum = 0x1234;
        foreach (var v in _items) sum = unchecked(sum + v.GetHashCode() * 31);
        _hash = sum;
        return sum;
    }
}
