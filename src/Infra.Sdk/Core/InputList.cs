using System.Collections;
using System.Collections.Immutable;

namespace Infra;

/// <summary>A list argument whose items may each be plain values or outputs.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class InputList<T> : IOutputLike, IEnumerable<Input<T>>
{
    private readonly List<Input<T>> _items = [];
    private readonly Output<ImmutableArray<T>>? _whole;

    /// <summary>Creates an empty list (add items with a collection initializer).</summary>
    public InputList()
    {
    }

    private InputList(Output<ImmutableArray<T>> whole) => _whole = whole;

    /// <summary>Adds an item.</summary>
    public void Add(Input<T> item)
    {
        if (_whole is not null)
        {
            throw new InvalidOperationException("This list was created from an output; build a new list to add items.");
        }
        _items.Add(item);
    }

    /// <summary>Wraps an array.</summary>
    public static implicit operator InputList<T>(T[] values) => FromValues(values);

    /// <summary>Wraps a list.</summary>
    public static implicit operator InputList<T>(List<T> values) => FromValues(values);

    /// <summary>Wraps an immutable array.</summary>
    public static implicit operator InputList<T>(ImmutableArray<T> values) => FromValues(values);

    /// <summary>Wraps an output of an array.</summary>
    public static implicit operator InputList<T>(Output<ImmutableArray<T>> values) => new(values);

    /// <summary>Wraps an output of an array.</summary>
    public static implicit operator InputList<T>(Output<T[]> values) => new(values.Map(v => v.ToImmutableArray()));

    /// <summary>The list as one output.</summary>
    public Output<ImmutableArray<T>> ToOutput() => _whole ?? Output.All(_items);

    Output<object?> IOutputLike.ToObjectOutput() => ToOutput().Map(v => (object?)v);

    /// <inheritdoc />
    public IEnumerator<Input<T>> GetEnumerator() => _items.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static InputList<T> FromValues(IEnumerable<T> values)
    {
        var list = new InputList<T>();
        foreach (var value in values)
        {
            list.Add(value);
        }
        return list;
    }
}
