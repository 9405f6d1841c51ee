using System.Globalization;
using System.Text;
using Infra.Policy.Ast;

namespace Infra.Policy.Lexing;

/// <summary>Turns Rego source text into tokens (newlines are kept: they separate body expressions).</summary>
internal sealed class Lexer
{
    private static readonly string[] TwoCharPuncts = [":=", "==", "!=", "<=", ">="];
    private const string OneCharPuncts = "{}[]().,;:=<>+-*/%&|!";

    private readonly string _file;
    private readonly string _src;
    private int _pos;
    private int _line = 1;
    private int _col = 1;

    public Lexer(string file, string source)
    {
        _file = file;
        _src = source;
    }

    public static List<Token> Tokenize(string file, string source)
    {
        var lx = new Lexer(file, source);
        var list = new List<Token>();
        while (true)
        {
            var t = lx.Next();
            list.Add(t);
            if (t.Kind == TokenKind.Eof) return list;
        }
    }

    private SourceSpan Here => new(_file, _line, _col);

    private char Peek(int ahead = 0) => _pos + ahead < _src.Length ? _src[_pos + ahead] : '\0';

    private void Advance()
    {
        if (_src[_pos] == '\n')
        {
            _line++;
            _col = 1;
        }
        else
        {
            _col++;
        }
        _pos++;
    }

    private RegoSyntaxException Error(SourceSpan at, string message) => new(at, message);

    public Token Next()
    {
        var space = false;
        while (_pos < _src.Length)
        {
            var c = _src[_pos];
            if (c is ' ' or '\t' or '\r') { Advance(); space = true; continue; }
            if (c == '#')
            {
                while (_pos < _src.Length && _src[_pos] != '\n') Advance();
                space = true;
                continue;
            }
            break;
        }
        var start = Here;
        if (_pos >= _src.Length) return new Token(TokenKind.Eof, "", start, space);
        var ch = _src[_pos];
        if (ch == '\n')
        {
            Advance();
            return new Token(TokenKind.Newline, "\n", start, space);
        }
        if (char.IsAsciiLetter(ch) || ch == '_')
        {
            var b = _pos;
            while (_pos < _src.Length && (char.IsAsciiLetterOrDigit(_src[_pos]) || _src[_pos] == '_')) Advance();
            return new Token(TokenKind.Ident, _src[b.._pos], start, space);
        }
        if (char.IsAsciiDigit(ch)) return LexNumber(start, space);
        if (ch == '"') return new Token(TokenKind.String, LexString(start), start, space);
        if (ch == '`') return new Token(TokenKind.RawString, LexRawString(start), start, space);
        if (ch == '$' && (Peek(1) == '"' || Peek(1) == '`')) return LexTemplate(start, space);
        foreach (var p in TwoCharPuncts)
        {
            if (ch == p[0] && Peek(1) == p[1])
            {
                Advance();
                Advance();
                return new Token(TokenKind.Punct, p, start, space);
            }
        }
        if (OneCharPuncts.Contains(ch))
        {
            Advance();
            return new Token(TokenKind.Punct, ch.ToString(), start, space);
        }
        throw Error(start, $"illegal token '{ch}'");
    }

    private Token LexNumber(SourceSpan start, bool space)
    {
        var b = _pos;
        while (char.IsAsciiDigit(Peek())) Advance();
        if (Peek() == '.' && char.IsAsciiDigit(Peek(1)))
        {
            Advance();
            while (char.IsAsciiDigit(Peek())) Advance();
        }
        if (Peek() is 'e' or 'E')
        {
            var save = (_pos, _line, _col);
            Advance();
            if (Peek() is '+' or '-') Advance();
            if (!char.IsAsciiDigit(Peek())) (_pos, _line, _col) = save;
            else while (char.IsAsciiDigit(Peek())) Advance();
        }
        if (char.IsAsciiLetter(Peek()) || Peek() == '_') throw Error(Here, "illegal number format");
        return new Token(TokenKind.Number, _src[b.._pos], start, space);
    }

    private string LexString(SourceSpan start)
    {
        Advance();
        var sb = new StringBuilder();
        while (true)
        {
            if (_pos >= _src.Length || _src[_pos] == '\n') throw Error(start, "non-terminated string");
            var c = _src[_pos];
            if (c == '"') { Advance(); return sb.ToString(); }
            if (c == '\\') ReadEscape(sb, allowBrace: false);
            else { sb.Append(c); Advance(); }
        }
    }

    private void ReadEscape(StringBuilder sb, bool allowBrace)
    {
        var at = Here;
        Advance();
        var e = Peek();
        if (_pos >= _src.Length) throw Error(at, "non-terminated string");
        Advance();
        switch (e)
        {
            case '"': sb.Append('"'); break;
            case '\\': sb.Append('\\'); break;
            case '/': sb.Append('/'); break;
            case 'b': sb.Append('\b'); break;
            case 'f': sb.Append('\f'); break;
            case 'n': sb.Append('\n'); break;
            case 'r': sb.Append('\r'); break;
            case 't': sb.Append('\t'); break;
            case '{' when allowBrace: sb.Append('{'); break;
            case 'u':
                if (_pos + 4 > _src.Length || !int.TryParse(_src.AsSpan(_pos, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
                    throw Error(at, "invalid unicode escape in string");
                for (var i = 0; i < 4; i++) Advance();
                sb.Append((char)code);
                break;
            default: throw Error(at, $"invalid escape sequence '\\{e}' in string");
        }
    }

    private string LexRawString(SourceSpan start)
    {
        Advance();
        var b = _pos;
        while (_pos < _src.Length && _src[_pos] != '`') Advance();
        if (_pos >= _src.Length) throw Error(start, "non-terminated raw string");
        var text = _src[b.._pos];
        Advance();
        return text;
    }

    private Token LexTemplate(SourceSpan start, bool space)
    {
        Advance();
        var raw = Peek() == '`';
        var close = raw ? '`' : '"';
        Advance();
        var parts = new List<object>();
        var sb = new StringBuilder();
        while (true)
        {
            if (_pos >= _src.Length || (!raw && _src[_pos] == '\n')) throw Error(start, "non-terminated template string");
            var c = _src[_pos];
            if (c == close) { Advance(); break; }
            if (c == '\\' && !raw) { ReadEscape(sb, allowBrace: true); continue; }
            if (c == '\\' && raw && Peek(1) == '{')
            {
                Advance();
                Advance();
                sb.Append('{');
                continue;
            }
            if (c == '{')
            {
                if (sb.Length > 0) { parts.Add(sb.ToString()); sb.Clear(); }
                parts.Add(LexTemplateExpression());
                continue;
            }
            sb.Append(c);
            Advance();
        }
        if (sb.Length > 0) parts.Add(sb.ToString());
        return new Token(TokenKind.Template, "", start, space) { TemplateParts = parts };
    }

    private List<Token> LexTemplateExpression()
    {
        var open = Here;
        Advance();
        var tokens = new List<Token>();
        var depth = 0;
        while (true)
        {
            var t = Next();
            if (t.Kind == TokenKind.Eof) throw Error(open, "non-terminated template expression");
            if (t.Is("{")) depth++;
            if (t.Is("}"))
            {
                if (depth == 0) break;
                depth--;
            }
            tokens.Add(t);
        }
        tokens.Add(new Token(TokenKind.Eof, "", Here, false));
        return tokens;
    }
}
