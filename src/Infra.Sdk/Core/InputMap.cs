using System.Collections;
using System.Collections.Immutable;

namespace Infra;

/// <summary>A string-keyed map argument whose values may be plain values or outputs.</summary>
/// <typeparam name="T">The value type.</typeparam>
public sealed class InputMap<T> : IOutputLike, IEnumerable<KeyValuePair<string, Input<T>>>
{
    private readonly Dictionary<string, Input<T>> _items = new(StringComparer.Ordinal);

    /// <summary>Adds an entry.</summary>
    public void Add(string key, Input<T> value) => _items[key] = value;

    /// <summary>Sets an entry.</summary>
    public Input<T> this[string key]
    {
        set => _items[key] = value;
    }

    /// <summary>Wraps a dictionary.</summary>
    public static implicit operator InputMap<T>(Dictionary<string, T> values)
    {
        var map = new InputMap<T>();
        foreach (var (key, value) in values)
        {
            map.Add(key, value);
        }
        return map;
    }

    /// <summary>The map as one output.</summary>
    public Output<ImmutableDictionary<string, T>> ToOutput()
    {
        var keys = _items.Keys.ToList();
        return Output.All(keys.Select(k => _items[k])).Map(values =>
            keys.Zip(values).ToImmutableDictionary(p => p.First, p => p.Second, StringComparer.Ordinal));
    }

    Output<object?> IOutputLike.ToObjectOutput() => ToOutput().Map(v => (object?)v);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, Input<T>>> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
