namespace Infra.Policy.Ast;

/// <summary>A variable (including <c>data</c>, <c>input</c> and the wildcard <c>_</c> before renaming).</summary>
internal sealed record VarTerm(SourceSpan Span, string Name) : Term(Span)
{
    public bool IsWildcard => Name == "_";
}
