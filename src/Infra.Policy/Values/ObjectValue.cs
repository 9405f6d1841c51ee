namespace Infra.Policy.Values;

/// <summary>An immutable Rego object; keys may be any value.</summary>
public sealed class ObjectValue : Value
{
    /// <summary>The empty object.</summary>
    public static readonly ObjectValue Empty = new(new Dictionary<Value, Value>());

    private readonly Dictionary<Value, Value> _map;
    private (Value[] Keys, Value[] Values)? _sorted;
    private int? _hash;

    /// <summary>Wraps <paramref name="map"/>; the caller must not mutate it afterwards.</summary>
    public ObjectValue(Dictionary<Value, Value> map) => _map = map;

    /// <summary>Number of keys.</summary>
    public int Count => _map.Count;

    /// <summary>Looks up a key; null when absent.</summary>
    public Value? Get(Value key) => _map.TryGetValue(key, out var v) ? v : null;

    /// <summary>Looks up a string key; null when absent.</summary>
    public Value? Get(string key) => Get(new StringValue(key));

    /// <summary>Keys in canonical sorted order.</summary>
    public IReadOnlyList<Value> SortedKeys => Sorted().Keys;

    /// <summary>Entries in key order.</summary>
    public IEnumerable<KeyValuePair<Value, Value>> Entries
    {
        get
        {
            var (keys, values) = Sorted();
            for (var i = 0; i < keys.Length; i++) yield return new(keys[i], values[i]);
        }
    }

    // Keys and their values in key order, built once: comparisons (set ordering sorts whole documents) walk them
    // without a dictionary lookup per key.
    private (Value[] Keys, Value[] Values) Sorted()
    {
        if (_sorted is { } sorted) return sorted;
        var keys = _map.Keys.ToArray();
        Array.Sort(keys);
        var values = new Value[keys.Length];
        for (var i = 0; i < keys.Length; i++) values[i] = _map[keys[i]];
        _sorted = (keys, values);
        return _sorted.Value;
    }

    /// <summary>A mutable copy of the entries.</summary>
    public Dictionary<Value, Value> ToDictionary() => new(_map);

    internal override int KindRank => 7;

    /// <inheritdoc />
    public override string TypeName => "object";

    internal override int CompareSameKind(Value other)
    {
        var (ak, av) = Sorted();
        var (bk, bv) = ((ObjectValue)other).Sorted();
        var n = Math.Min(ak.Length, bk.Length);
        for (var i = 0; i < n; i++)
        {
            var c = ak[i].CompareTo(bk[i]);
            if (c != 0) return c;
            c = av[i].CompareTo(bv[i]);
            if (c != 0) return c;
        }
        return ak.Length.CompareTo(bk.Length);
    }

    /// <inheritdoc />
    public override int GetHashCode()
    {
        if (_hash is { } h) return h;
        var sum = 0x4321;
        foreach (var kv in _map) sum = unchecked(sum + kv.Key.GetHashCode() * 17 + kv.Value.GetHashCode() * 7919);
        _hash = sum;
        return sum;
    }
}
