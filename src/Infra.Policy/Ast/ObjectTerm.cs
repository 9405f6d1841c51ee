namespace Infra.Policy.Ast;

/// <summary>An object literal.</summary>
internal sealed record ObjectTerm(SourceSpan Span, IReadOnlyList<(Term Key, Term Value)> Items) : Term(Span);
