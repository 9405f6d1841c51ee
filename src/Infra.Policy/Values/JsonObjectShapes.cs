using System.Runtime.CompilerServices;

namespace Infra.Policy.Values;

/// <summary>
/// The key layouts of the objects of one JSON document. Objects written by the same code list the same keys in the
/// same order; for such a sequence of shared key values the canonical key order is computed once, and every object of
/// that shape shares the sorted keys array.
/// </summary>
internal sealed class JsonObjectShapes
{
    /// <summary>One key sequence: the sorted keys and, for each sorted position, the index of that key as read.</summary>
    private sealed record Shape(Value[] SortedKeys, int[] ReadIndex);

    private readonly Dictionary<Value[], Shape?> _shapes = new(new KeySequenceComparer());
    private readonly Dictionary<Value[], Shape?>.AlternateLookup<ReadOnlySpan<Value>> _lookup;

    public JsonObjectShapes() => _lookup = _shapes.GetAlternateLookup<ReadOnlySpan<Value>>();

    /// <summary>The object with these keys and values (in the order read); <paramref name="sharedKeys"/> says every key is a shared instance.</summary>
    public ObjectValue Build(ReadOnlySpan<Value> keys, ReadOnlySpan<Value> values, bool sharedKeys)
    {
        var count = keys.Length;
        if (count == 0) return ObjectValue.Empty;
        Shape? shape = null;
        if (sharedKeys && count > 0 && !_lookup.TryGetValue(keys, out shape))
        {
            var read = keys.ToArray();
            shape = CreateShape(read);
            _shapes[read] = shape;
        }
        if (shape is null) return ObjectValue.FromEntries(keys.ToArray(), values.ToArray(), count);
        var ordered = new Value[count];
        for (var i = 0; i < count; i++) ordered[i] = values[shape.ReadIndex[i]];
        return ObjectValue.FromSorted(shape.SortedKeys, ordered);
    }

    // Null when a key repeats: such objects take the general path, where the last duplicate wins.
    private static Shape? CreateShape(Value[] keys)
    {
        var order = new int[keys.Length];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        var sorted = (Value[])keys.Clone();
        Array.Sort(sorted, order);
        for (var i = 1; i < sorted.Length; i++)
        {
            if (sorted[i - 1].Equals(sorted[i])) return null;
        }
        return new Shape(sorted, order);
    }

    /// <summary>Key sequences compare by the identity of their (shared) key values.</summary>
    private sealed class KeySequenceComparer : IEqualityComparer<Value[]>, IAlternateEqualityComparer<ReadOnlySpan<Value>, Value[]>
    {
        public bool Equals(Value[]? x, Value[]? y) => x is not null && y is not null && Equals((ReadOnlySpan<Value>)x, y);

        public int GetHashCode(Value[] obj) => GetHashCode((ReadOnlySpan<Value>)obj);

        public bool Equals(ReadOnlySpan<Value> alternate, Value[] other)
        {
            if (alternate.Length != other.Length) return false;
            for (var i = 0; i < other.Length; i++)
            {
                if (!ReferenceEquals(alternate[i], other[i])) return false;
            }
            return true;
        }

        public int GetHashCode(ReadOnlySpan<Value> alternate)
        {
            var hash = new HashCode();
            foreach (var v in alternate) hash.Add(RuntimeHelpers.GetHashCode(v));
            return hash.ToHashCode();
        }

        public Value[] Create(ReadOnlySpan<Value> alternate) => alternate.ToArray();
    }
}
