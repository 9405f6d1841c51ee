namespace Infra.Policy.Ast;

/// <summary>A set literal.</summary>
internal sealed record SetTerm(SourceSpan Span, IReadOnlyList<Term> Items) : Term(Span);
