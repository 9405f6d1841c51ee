namespace Infra.Policy.Ast;

/// <summary><c>some [key,] value in collection</c>.</summary>
internal sealed record SomeInExpr(SourceSpan Span, Term? Key, Term Value, Term Collection) : Expr(Span);
