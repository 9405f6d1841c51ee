namespace Infra.Policy.Ast;

/// <summary>Base of all Rego terms (values, variables, references, composites, calls).</summary>
internal abstract record Term(SourceSpan Span);
