namespace Infra;

/// <summary>Untyped access to outputs found by reflection.</summary>
internal static class OutputLike
{
    /// <summary>Returns an untyped view of <paramref name="value"/> when it is an output or input, else null.</summary>
    public static Output<object?>? TryGet(object? value) => value is IOutputLike like ? like.ToObjectOutput() : null;
}
