namespace Infra.Policy.Values;

/// <summary>An immutable Rego object; keys may be any value.</summary>
public sealed class ObjectValue : Value
{
    /// <summary>The empty object.</summary>
    public static readonly ObjectValue Empty = new(new Dictionary<Value, Value>());

    // Objects read from JSON keep only their sorted keys and values (no dictionary): small ones are searched
    // linearly, larger ones by binary search. Objects of the same shape share one keys array.
    private const int LinearLimit = 8;

    private readonly Dictionary<Value, Value>? _map;
    private (Value[] Keys, Value[] Values)? _sorted;
    private int? _hash;

    /// <summary>Wraps <paramref name="map"/>; the caller must not mutate it afterwards.</summary>
    public ObjectValue(Dictionary<Value, Value> map) => _map = map;

    private ObjectValue(Value[] sortedKeys, Value[] values) => _sorted = (sortedKeys, values);

    /// <summary>An object over keys already in canonical order without duplicates; the arrays are not copied.</summary>
    internal static ObjectValue FromSorted(Value[] sortedKeys, Value[] values) => new(sortedKeys, values);

    /// <summary>An object of the given entries (a later duplicate key replaces an earlier one); the arrays are reused.</summary>
    internal static ObjectValue FromEntries(Value[] keys, Value[] values, int count)
    {
        if (count != keys.Length)
        {
            Array.Resize(ref keys, count);
            Array.Resize(ref values, count);
        }
        if (count > InsertionSortLimit) return FromManyEntries(keys, values);
        // Stable insertion sort: objects are small, and the last of equal keys must win.
        for (var i = 1; i < count; i++)
        {
            var k = keys[i];
            var v = values[i];
            var j = i - 1;
            while (j >= 0 && keys[j].CompareTo(k) > 0)
            {
                keys[j + 1] = keys[j];
                values[j + 1] = values[j];
                j--;
            }
            keys[j + 1] = k;
            values[j + 1] = v;
        }
        var w = 0;
        for (var i = 0; i < count; i++)
        {
            if (w > 0 && keys[w - 1].Equals(keys[i]))
            {
                values[w - 1] = values[i];
                continue;
            }
            keys[w] = keys[i];
            values[w] = values[i];
            w++;
        }
        if (w != count)
        {
            Array.Resize(ref keys, w);
            Array.Resize(ref values, w);
        }
        return new ObjectValue(keys, values);
    }

    private const int InsertionSortLimit = 16;

    private static ObjectValue FromManyEntries(Value[] keys, Value[] values)
    {
        // The last of equal keys wins; with duplicates gone the order of equal keys no longer matters.
        var last = new Dictionary<Value, int>(keys.Length);
        for (var i = 0; i < keys.Length; i++) last[keys[i]] = i;
        var distinctKeys = new Value[last.Count];
        var distinctValues = new Value[last.Count];
        var w = 0;
        foreach (var (key, index) in last)
        {
            distinctKeys[w] = key;
            distinctValues[w++] = values[index];
        }
        Array.Sort(distinctKeys, distinctValues);
        return new ObjectValue(distinctKeys, distinctValues);
    }

    /// <summary>Number of keys.</summary>
    public int Count => _map?.Count ?? _sorted!.Value.Keys.Length;

    /// <summary>Looks up a key; null when absent.</summary>
    public Value? Get(Value key)
    {
        if (_map is not null) return _map.TryGetValue(key, out var v) ? v : null;
        var (keys, values) = _sorted!.Value;
        if (keys.Length <= LinearLimit)
        {
            if (key is StringValue text)
            {
                // Keys are almost always strings: the cached hashes reject most candidates without comparing text.
                var hash = text.GetHashCode();
                for (var i = 0; i < keys.Length; i++)
                {
                    if (ReferenceEquals(keys[i], key)) return values[i];
                    if (keys[i] is StringValue k && k.GetHashCode() == hash && string.Equals(k.Value, text.Value, StringComparison.Ordinal)) return values[i];
                }
                return null;
            }
            for (var i = 0; i < keys.Length; i++)
            {
                if (ReferenceEquals(keys[i], key) || keys[i].Equals(key)) return values[i];
            }
            return null;
        }
        int lo = 0, hi = keys.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var c = keys[mid].CompareTo(key);
            if (c == 0) return values[mid];
            if (c < 0) lo = mid + 1;
            else hi = mid - 1;
        }
        return null;
    }

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
        var keys = _map!.Keys.ToArray();
        Array.Sort(keys);
        var values = new Value[keys.Length];
        for (var i = 0; i < keys.Length; i++) values[i] = _map[keys[i]];
        _sorted = (keys, values);
        return _sorted.Value;
    }

    /// <summary>A mutable copy of the entries.</summary>
    public Dictionary<Value, Value> ToDictionary()
    {
        if (_map is not null) return new(_map);
        var (keys, values) = _sorted!.Value;
        var copy = new Dictionary<Value, Value>(keys.Length);
        for (var i = 0; i < keys.Length; i++) copy[keys[i]] = values[i];
        return copy;
    }

    internal override int KindRank => 7;

    /// <inheritdoc />
    public override string TypeName => "object";

    internal override int CompareSameKind(Value other)
    {
        var (ak, av) = Sorted();
        var (bk, bv) = ((ObjectValue)other).Sorted();
        var n = Math.Min(ak.Length, bk.Length);
        var sameKeys = ReferenceEquals(ak, bk);
        for (var i = 0; i < n; i++)
        {
            var c = sameKeys ? 0 : ak[i].CompareTo(bk[i]);
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
        var (keys, values) = Sorted();
        for (var i = 0; i < keys.Length; i++) sum = unchecked(sum + keys[i].GetHashCode() * 17 + values[i].GetHashCode() * 7919);
        _hash = sum;
        return sum;
    }
}
