using Infra.Policy.Lexing;

namespace Infra.Policy.Tests.Lexing;

public sealed class LexerTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "p := 1", "Ident:p Punct::= Number:1 Eof:" },
        { "x == \"a\\nb\"", "Ident:x Punct:== String:a\nb Eof:" },
        { "`raw\\n`", "RawString:raw\\n Eof:" },
        { "a.b[0] # comment", "Ident:a Punct:. Ident:b Punct:[ Number:0 Punct:] Eof:" },
        { "1.5e3 != -2", "Number:1.5e3 Punct:!= Punct:- Number:2 Eof:" },
        { "a\nb", "Ident:a Newline:\n Ident:b Eof:" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Tokenize_Source_ProducesExpectedTokens(string source, string expected)
    {
        var tokens = Lexer.Tokenize("t.rego", source);
        Assert.Equal(expected, string.Join(' ', tokens.Select(t => $"{t.Kind}:{t.Text}")));
    }

    [Fact]
    public void Tokenize_TemplateString_SplitsLiteralAndExpressionParts()
    {
        var tokens = Lexer.Tokenize("t.rego", "$\"a {x} \\{b}\"");
        var parts = tokens[0].TemplateParts!;
        Assert.Equal(TokenKind.Template, tokens[0].Kind);
        Assert.Equal("a ", parts[0]);
        Assert.IsType<List<Token>>(parts[1]);
        Assert.Equal(" {b}", parts[2]);
    }

    [Theory]
    [InlineData("\"abc", "non-terminated string", 1, 1)]
    [InlineData("x := 1\n  ~", "illegal token '~'", 2, 3)]
    [InlineData("\"\\q\"", "invalid escape sequence '\\q' in string", 1, 2)]
    public void Tokenize_BadInput_ThrowsWithLocation(string source, string message, int line, int col)
    {
        var ex = Assert.Throws<RegoSyntaxException>(() => Lexer.Tokenize("t.rego", source));
        Assert.Equal(message, ex.Message);
        Assert.Equal(line, ex.Span.Line);
        Assert.Equal(col, ex.Span.Column);
    }
}
