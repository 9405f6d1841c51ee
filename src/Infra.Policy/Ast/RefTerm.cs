namespace Infra.Policy.Ast;

/// <summary>A reference such as <c>data.x[i].y</c>: a head term followed by path terms.</summary>
internal sealed record RefTerm(SourceSpan Span, Term Head, IReadOnlyList<Term> Path) : Term(Span);
