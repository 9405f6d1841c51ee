namespace Infra.Policy.Ast;

/// <summary><c>{head | body}</c>.</summary>
internal sealed record SetComprehension(SourceSpan Span, Term Head, IReadOnlyList<Expr> Body) : Term(Span);
