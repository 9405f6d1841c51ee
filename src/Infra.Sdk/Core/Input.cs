namespace Infra;

/// <summary>
/// A resource argument that is either a plain value or an <see cref="Output{T}"/>; implicit conversions
/// let callers pass either.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
public sealed class Input<T> : IOutputLike
{
    private readonly Output<T> _output;

    private Input(Output<T> output) => _output = output;

    /// <summary>Wraps a plain value.</summary>
    public static implicit operator Input<T>(T value) => new(Output.Create(value));

    /// <summary>Wraps an output.</summary>
    public static implicit operator Input<T>(Output<T> output) => new(output);

    /// <summary>The input as an output.</summary>
    public Output<T> ToOutput() => _output;

    /// <summary>Transforms the input's value.</summary>
    public Output<TResult> Apply<TResult>(Func<T, TResult> func) => _output.Apply(func);

    Output<object?> IOutputLike.ToObjectOutput() => _output.Map(v => (object?)v);
}
