using Infra.Policy.Values;

namespace Infra.Policy.Ast;

/// <summary>A literal null, boolean, number or string.</summary>
internal sealed record ScalarTerm(SourceSpan Span, Value Value) : Term(Span);
