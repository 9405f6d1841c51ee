namespace Infra.Policy.Ast;

/// <summary>A position in a Rego source file (1-based line and column).</summary>
/// <param name="File">The file name as given to the engine.</param>
/// <param name="Line">1-based line.</param>
/// <param name="Column">1-based column.</param>
public readonly record struct SourceSpan(string File, int Line, int Column)
{
    /// <summary>A span for values that have no source.</summary>
    public static readonly SourceSpan None = new("", 0, 0);

    /// <inheritdoc />
    public override string ToString() => $"{File}:{Line}:{Column}";
}
