using Infra.Policy.Ast;

namespace Infra.Policy.Lexing;

/// <summary>A lexical token. <see cref="Text"/> is the decoded value for strings, the raw text otherwise.</summary>
internal sealed record Token(TokenKind Kind, string Text, SourceSpan Span, bool SpaceBefore)
{
    /// <summary>For template strings: literal <see cref="string"/> parts and expression token lists.</summary>
    public IReadOnlyList<object>? TemplateParts { get; init; }

    public bool Is(string punct) => Kind == TokenKind.Punct && Text == punct;

    public bool IsIdent(string name) => Kind == TokenKind.Ident && Text == name;

    public string Describe() => Kind switch
    {
        TokenKind.Eof => "eof",
        TokenKind.Newline => "newline",
        TokenKind.String or TokenKind.RawString => "string",
        TokenKind.Number => "number",
        TokenKind.Template => "template string",
        TokenKind.Ident => "ident",
        _ => Text,
    };
}
