namespace Infra.Policy.Ast;

/// <summary>One body literal, possibly negated and with <c>with</c> modifiers.</summary>
internal abstract record Expr(SourceSpan Span)
{
    public bool Negated { get; init; }

    public IReadOnlyList<WithModifier> With { get; init; } = [];
}
