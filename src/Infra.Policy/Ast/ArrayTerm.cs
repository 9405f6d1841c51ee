namespace Infra.Policy.Ast;

/// <summary>An array literal.</summary>
internal sealed record ArrayTerm(SourceSpan Span, IReadOnlyList<Term> Items) : Term(Span);
