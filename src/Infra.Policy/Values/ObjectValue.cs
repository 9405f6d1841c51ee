namespace Infra.Policy.Values;

/// <summary>An immutable Rego object; keys may be any value.</summary>
public sealed class ObjectValue : Value
{
    /// <summary>The empty object.</summary>
    public static readonly ObjectValue Empty = new(new Dictionary<Value, Value>());

    private readonly Dictionary<Value, Value> _map;
    private Value[]? _sortedKeys;
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
    public IReadOnlyList<Value> SortedKeys
    {
        get
        {
            if (_sortedKeys is null)
            {
                var keys = _map.Keys.ToArray();
                Array.Sort(keys);
                _sortedKeys = keys;
            }
            return _sortedKeys;
        }
    }

    /// <summary>Entries in key order.</summary>
    public IEnumerable<KeyValuePair<Value, Value>> Entries
    {
        get
        {
            foreach (var k in SortedKeys) yield return new(k, _map[k]);
        }
    }

    /// <summary>A mutable copy of the entries.</summary>
    public Dictionary<Value, Value> ToDictionary() => new(_map);

    internal override int KindRank => 7;

    /// <inheritdoc />
    public override string TypeName => "object";

    internal override int CompareSameKind(Value other)
    {
        var o = (ObjectValue)other;
        var ak = SortedKeys;
        var bk = o.SortedKeys;
        var n = Math.Min(ak.Count, bk.Count);
        for (var i = 0; i < n; i++)
        {
            var c = ak[i].CompareTo(bk[i]);
            if (c != 0) return c;
            c = _map[ak[i]].CompareTo(o._map[bk[i]]);
            if (c != 0) return c;
        }
        return ak.Count.CompareTo(bk.Count);
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
