namespace Infra.Policy.Ast;

/// <summary><c>{key: value | body}</c>.</summary>
internal sealed record ObjectComprehension(SourceSpan Span, Term Key, Term Value, IReadOnlyList<Expr> Body) : Term(Span);
