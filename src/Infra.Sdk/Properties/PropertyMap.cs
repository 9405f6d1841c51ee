using System.Collections;
using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Infra.Properties;

/// <summary>
/// An immutable map of property values with keys kept in ordinal order, so serialization and diffs are
/// deterministic without sorting at every use.
/// </summary>
public sealed class PropertyMap : IReadOnlyDictionary<string, PropertyValue>, IEquatable<PropertyMap>
{
    private readonly ImmutableArray<KeyValuePair<string, PropertyValue>> _entries;

    /// <summary>The empty map.</summary>
    public static readonly PropertyMap Empty = new(ImmutableArray<KeyValuePair<string, PropertyValue>>.Empty);

    private PropertyMap(ImmutableArray<KeyValuePair<string, PropertyValue>> sortedEntries)
    {
        _entries = sortedEntries;
        foreach (var entry in sortedEntries.AsSpan())
        {
            ContainsSecrets |= entry.Value.ContainsSecrets;
            ContainsUnknowns |= entry.Value.ContainsUnknowns;
        }
    }

    /// <summary>True when any value is or contains a secret.</summary>
    public bool ContainsSecrets { get; }

    /// <summary>True when any value is or contains an unknown.</summary>
    public bool ContainsUnknowns { get; }

    /// <summary>Builds a map; with duplicate keys the last one wins.</summary>
    public static PropertyMap Create(IEnumerable<KeyValuePair<string, PropertyValue>> entries)
    {
        var array = entries switch
        {
            KeyValuePair<string, PropertyValue>[] given => (KeyValuePair<string, PropertyValue>[])given.Clone(),
            _ => entries.ToArray(),
        };
        return FromOwnedArray(array);
    }

    /// <summary>Builds a map from a copy of <paramref name="entries"/>; with duplicate keys the last one wins.</summary>
    /// <remarks>For callers that collect entries in a reused or pooled buffer: the map holds one exactly sized array.</remarks>
    public static PropertyMap Create(ReadOnlySpan<KeyValuePair<string, PropertyValue>> entries) =>
        entries.IsEmpty ? Empty : FromOwnedArray(entries.ToArray());

    /// <summary>
    /// Builds a map from an array the caller hands over (it is sorted in place and must not be used afterwards);
    /// with duplicate keys the last one wins.
    /// </summary>
    internal static PropertyMap FromOwnedArray(KeyValuePair<string, PropertyValue>[] entries)
    {
        if (entries.Length == 0)
        {
            return Empty;
        }
        if (IsStrictlyOrdered(entries))
        {
            // The common case (JSON objects from sorted writers, state, maps being rebuilt): no sort, no copy.
            return new PropertyMap(ImmutableCollectionsMarshal.AsImmutableArray(entries));
        }
        if (entries.Length <= SmallMap)
        {
            return new PropertyMap(ImmutableCollectionsMarshal.AsImmutableArray(SortSmall(entries)));
        }
        return SortDeduplicated(entries);
    }

    // Apart from FromOwnedArray so that its common path does not allocate the comparison's closure.
    private static PropertyMap SortDeduplicated(KeyValuePair<string, PropertyValue>[] entries)
    {
        // Sort by key, then by original position, so the last duplicate ends up last and wins below.
        var order = new int[entries.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        Array.Sort(order, (a, b) =>
        {
            var byKey = string.CompareOrdinal(entries[a].Key, entries[b].Key);
            return byKey != 0 ? byKey : a.CompareTo(b);
        });
        var builder = ImmutableArray.CreateBuilder<KeyValuePair<string, PropertyValue>>(entries.Length);
        foreach (var index in order)
        {
            var entry = entries[index];
            if (builder.Count > 0 && string.Equals(builder[^1].Key, entry.Key, StringComparison.Ordinal))
            {
                builder[^1] = entry;
            }
            else
            {
                builder.Add(entry);
            }
        }
        return new PropertyMap(builder.ToImmutable());
    }

    // Maps this small (labels, container fields) sort fastest by insertion, in place and stable.
    private const int SmallMap = 24;

    /// <summary>Sorts in place by key (stable), then keeps the last of each duplicate key; returns the entries to use.</summary>
    private static KeyValuePair<string, PropertyValue>[] SortSmall(KeyValuePair<string, PropertyValue>[] entries)
    {
        for (var i = 1; i < entries.Length; i++)
        {
            var entry = entries[i];
            var j = i - 1;
            while (j >= 0 && string.CompareOrdinal(entries[j].Key, entry.Key) > 0)
            {
                entries[j + 1] = entries[j];
                j--;
            }
            entries[j + 1] = entry;
        }
        var kept = 0;
        for (var i = 0; i < entries.Length; i++)
        {
            if (kept > 0 && string.Equals(entries[kept - 1].Key, entries[i].Key, StringComparison.Ordinal))
            {
                entries[kept - 1] = entries[i];
            }
            else
            {
                entries[kept++] = entries[i];
            }
        }
        return kept == entries.Length ? entries : entries[..kept];
    }

    private static bool IsStrictlyOrdered(KeyValuePair<string, PropertyValue>[] entries)
    {
        for (var i = 1; i < entries.Length; i++)
        {
            if (string.CompareOrdinal(entries[i - 1].Key, entries[i].Key) >= 0)
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Builds a map from key/value tuples.</summary>
    public static PropertyMap Create(params (string Key, PropertyValue Value)[] entries) =>
        Create(entries.Select(e => new KeyValuePair<string, PropertyValue>(e.Key, e.Value)));

    /// <inheritdoc />
    public int Count => _entries.Length;

    /// <inheritdoc />
    public IEnumerable<string> Keys => _entries.Select(e => e.Key);

    /// <inheritdoc />
    public IEnumerable<PropertyValue> Values => _entries.Select(e => e.Value);

    /// <inheritdoc />
    public PropertyValue this[string key] => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException(key);

    /// <inheritdoc />
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <inheritdoc />
    public bool TryGetValue(string key, out PropertyValue value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? _entries[index].Value : PropertyValue.Null;
        return index >= 0;
    }

    /// <summary>Returns the value for <paramref name="key"/>, or null when absent.</summary>
    public PropertyValue? Get(string key) => TryGetValue(key, out var value) ? value : null;

    /// <summary>Returns a copy with <paramref name="key"/> set.</summary>
    public PropertyMap SetItem(string key, PropertyValue value)
    {
        var index = IndexOf(key);
        if (index >= 0)
        {
            return new PropertyMap(_entries.SetItem(index, new(key, value)));
        }
        return new PropertyMap(_entries.Insert(~index, new(key, value)));
    }

    /// <summary>Returns a copy without <paramref name="key"/>.</summary>
    public PropertyMap Remove(string key)
    {
        var index = IndexOf(key);
        return index < 0 ? this : new PropertyMap(_entries.RemoveAt(index));
    }

    /// <summary>Removes every secret marker in the map.</summary>
    public PropertyMap RevealSecrets() =>
        ContainsSecrets ? new PropertyMap(_entries.Select(e => new KeyValuePair<string, PropertyValue>(e.Key, e.Value.RevealSecrets())).ToImmutableArray()) : this;

    /// <summary>
    /// Enumerates the entries in key order. The enumerator is a struct, so <c>foreach</c> over a map allocates nothing:
    /// serializers and emitters walk every map of every resource, and a boxed enumerator per walk was a tenth of a
    /// large deployment's allocations.
    /// </summary>
    public ImmutableArray<KeyValuePair<string, PropertyValue>>.Enumerator GetEnumerator() => _entries.GetEnumerator();

    /// <summary>The entries in key order, as a span.</summary>
    public ReadOnlySpan<KeyValuePair<string, PropertyValue>> AsSpan() => _entries.AsSpan();

    IEnumerator<KeyValuePair<string, PropertyValue>> IEnumerable<KeyValuePair<string, PropertyValue>>.GetEnumerator() =>
        ((IEnumerable<KeyValuePair<string, PropertyValue>>)ImmutableCollectionsMarshal.AsArray(_entries)!).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ImmutableCollectionsMarshal.AsArray(_entries)!.GetEnumerator();

    /// <inheritdoc />
    public bool Equals(PropertyMap? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }
        if (other is null || other.Count != Count)
        {
            return false;
        }
        for (var i = 0; i < _entries.Length; i++)
        {
            if (_entries[i].Key != other._entries[i].Key || !_entries[i].Value.Equals(other._entries[i].Value))
            {
                return false;
            }
        }
        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as PropertyMap);

    /// <inheritdoc />
    public override int GetHashCode() => Count;

    private int IndexOf(string key)
    {
        int lo = 0, hi = _entries.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var cmp = string.CompareOrdinal(_entries[mid].Key, key);
            if (cmp == 0)
            {
                return mid;
            }
            if (cmp < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }
        return ~lo;
    }
}
