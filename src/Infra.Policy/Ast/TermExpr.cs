namespace Infra.Policy.Ast;

/// <summary>An expression that is a term or call (including <c>=</c>, <c>:=</c> and comparisons).</summary>
internal sealed record TermExpr(SourceSpan Span, Term Term) : Expr(Span);
