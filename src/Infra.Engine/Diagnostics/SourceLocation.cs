namespace Infra.Engine.Diagnostics;

/// <summary>A place in a file, for error messages (1-based line and column).</summary>
/// <param name="File">The file path as the user would type it.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
public sealed record SourceLocation(string File, long Line, long Column)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}:{Column}";
}
