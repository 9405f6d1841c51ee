namespace Infra.Policy.Ast;

/// <summary><c>some x, y</c>.</summary>
internal sealed record SomeDeclExpr(SourceSpan Span, IReadOnlyList<VarTerm> Vars) : Expr(Span);
