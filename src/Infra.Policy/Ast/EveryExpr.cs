namespace Infra.Policy.Ast;

/// <summary><c>every [key,] value in collection { body }</c>.</summary>
internal sealed record EveryExpr(SourceSpan Span, Term? Key, Term Value, Term Collection, IReadOnlyList<Expr> Body) : Expr(Span);
