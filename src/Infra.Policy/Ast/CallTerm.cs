namespace Infra.Policy.Ast;

/// <summary>A call of a builtin or user function; <see cref="Operator"/> is a var or a ref naming it.</summary>
internal sealed record CallTerm(SourceSpan Span, Term Operator, IReadOnlyList<Term> Args) : Term(Span)
{
    /// <summary>True for operators written infix (<c>a + b</c>, <c>x in xs</c>); their names never resolve to rules.</summary>
    public bool Infix { get; init; }

    /// <summary>Dotted name of the operator when it is ground (e.g. <c>array.concat</c>, <c>data.lib.f</c>).</summary>
    public string Name => TermNames.DottedName(Operator) ?? "<dynamic>";
}
