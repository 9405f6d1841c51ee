namespace Infra.Policy.Ast;

/// <summary><c>with target as value</c>.</summary>
internal sealed record WithModifier(SourceSpan Span, Term Target, Term Value);
