namespace Infra.Policy.Lexing;

/// <summary>Kinds of Rego tokens.</summary>
internal enum TokenKind
{
    Ident,
    String,
    RawString,
    Number,
    Template,
    Punct,
    Newline,
    Eof,
}
