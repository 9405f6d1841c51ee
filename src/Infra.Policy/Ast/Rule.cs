namespace Infra.Policy.Ast;

/// <summary>A rule or function definition (after parsing; paths are relative to the package).</summary>
internal sealed record Rule(SourceSpan Span, RuleKind Kind, IReadOnlyList<Term> Path, IReadOnlyList<Expr> Body)
{
    public IReadOnlyList<Term>? Args { get; init; }

    /// <summary>Head value; null means <c>true</c>.</summary>
    public Term? Value { get; init; }

    /// <summary>Member term of a <c>contains</c> rule.</summary>
    public Term? Key { get; init; }

    public bool IsDefault { get; init; }

    public Rule? Else { get; init; }

    /// <summary>The rule's <c># METADATA</c> annotations (with <c>scope</c> filled in), if any.</summary>
    public Values.ObjectValue? Annotations { get; init; }

    /// <summary>Full path from <c>data</c> (package path + head path), set by the compiler.</summary>
    public IReadOnlyList<Term> FullPath { get; init; } = [];

    public string File => Span.File;
}
