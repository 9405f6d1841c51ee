using Infra.Policy.Ast;

namespace Infra.Policy.Lexing;

/// <summary>Raised inside the lexer/parser to unwind on a syntax error; converted to a <see cref="Diagnostic"/> at the API boundary.</summary>
internal sealed class RegoSyntaxException(SourceSpan span, string message) : Exception(message)
{
    public SourceSpan Span { get; } = span;
}
