namespace Infra.Policy.Ast;

/// <summary>A template string <c>$"…{expr}…"</c>; parts are literal strings or <see cref="Expr"/>.</summary>
internal sealed record TemplateTerm(SourceSpan Span, IReadOnlyList<object> Parts) : Term(Span);
