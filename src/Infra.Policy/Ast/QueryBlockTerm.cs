namespace Infra.Policy.Ast;

/// <summary>A braced query <c>{ expr; expr }</c> used as an operand of <c>and</c>/<c>or</c>/<c>not</c>.</summary>
internal sealed record QueryBlockTerm(SourceSpan Span, IReadOnlyList<Expr> Body) : Term(Span);
