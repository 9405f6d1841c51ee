namespace Infra.Hcl;

/// <summary>
/// Checks HCL (native syntax) text the way Vault and Consul policies use it: attributes (<c>name = value</c>) and blocks
/// (<c>name "label" { … }</c>) with strings, numbers, booleans, lists, objects and comments. It validates syntax only and
/// reports the first mistake with its 1-based line and column, or null when the text parses.
/// </summary>
internal sealed class HclSyntaxChecker
{
    private readonly string _text;
    private int _at;

    private HclSyntaxChecker(string text) => _text = text;

    public static string? FindError(string text)
    {
        var checker = new HclSyntaxChecker(text);
        try
        {
            checker.Body(topLevel: true);
            return null;
        }
        catch (FormatException e)
        {
            return e.Message;
        }
    }

    private void Body(bool topLevel)
    {
        while (true)
        {
            Skip();
            if (_at >= _text.Length)
            {
                if (!topLevel)
                {
                    throw Error("unexpected end of text: a '{' block is not closed");
                }
                return;
            }
            if (_text[_at] == '}')
            {
                if (topLevel)
                {
                    throw Error("'}' without a matching '{'");
                }
                _at++;
                return;
            }
            Identifier();
            Skip();
            if (Peek() == '=')
            {
                _at++;
                Value();
                continue;
            }
            while (Peek() == '"')
            {
                QuotedString();
                Skip();
            }
            if (Peek() != '{')
            {
                throw Error("expected '=', a \"label\" or '{' after the name");
            }
            _at++;
            Body(topLevel: false);
        }
    }

    private void Value()
    {
        Skip();
        var c = Peek();
        if (c == '"')
        {
            QuotedString();
        }
        else if (c == '[')
        {
            _at++;
            Items(']', () => Value());
        }
        else if (c == '{')
        {
            _at++;
            Items('}', () =>
            {
                if (Peek() == '"')
                {
                    QuotedString();
                }
                else
                {
                    Identifier();
                }
                Skip();
                if (Peek() is not ('=' or ':'))
                {
                    throw Error("expected '=' or ':' after an object key");
                }
                _at++;
                Value();
            });
        }
        else if (c == '<' && _text.AsSpan(_at).StartsWith("<<"))
        {
            Heredoc();
        }
        else if (c is '-' || char.IsAsciiDigit(c))
        {
            _at++;
            while (_at < _text.Length && (char.IsAsciiDigit(_text[_at]) || _text[_at] is '.' or 'e' or 'E'))
            {
                _at++;
            }
        }
        else if (char.IsAsciiLetter(c))
        {
            Identifier();
        }
        else
        {
            throw Error(_at >= _text.Length ? "expected a value, found the end of the text" : $"expected a value, found '{c}'");
        }
    }

    private void Items(char close, Action item)
    {
        while (true)
        {
            Skip();
            if (Peek() == close)
            {
                _at++;
                return;
            }
            item();
            Skip();
            if (Peek() == ',')
            {
                _at++;
            }
            else if (Peek() != close && !(close == '}' && _at < _text.Length && (char.IsAsciiLetter(_text[_at]) || _text[_at] == '"')))
            {
                throw Error(_at >= _text.Length ? $"expected '{close}', found the end of the text" : $"expected ',' or '{close}', found '{_text[_at]}'");
            }
        }
    }

    private void Identifier()
    {
        var start = _at;
        while (_at < _text.Length && (char.IsAsciiLetterOrDigit(_text[_at]) || _text[_at] is '_' or '-' or '.'))
        {
            _at++;
        }
        if (_at == start || !char.IsAsciiLetter(_text[start]) && _text[start] != '_')
        {
            _at = start;
            throw Error(_at >= _text.Length ? "expected a name, found the end of the text" : $"expected a name, found '{_text[_at]}'");
        }
    }

    private void QuotedString()
    {
        var start = _at++;
        while (_at < _text.Length && _text[_at] != '"')
        {
            if (_text[_at] == '\n')
            {
                _at = start;
                throw Error("string is not closed on its line");
            }
            _at += _text[_at] == '\\' ? 2 : 1;
        }
        if (_at >= _text.Length)
        {
            _at = start;
            throw Error("string is not closed");
        }
        _at++;
    }

    private void Heredoc()
    {
        var start = _at;
        _at += 2;
        if (Peek() == '-')
        {
            _at++;
        }
        var nameStart = _at;
        Identifier();
        var marker = _text[nameStart.._at];
        var end = _text.IndexOf("\n", _at, StringComparison.Ordinal);
        while (end >= 0)
        {
            var lineEnd = _text.IndexOf('\n', end + 1);
            var line = (lineEnd < 0 ? _text[(end + 1)..] : _text[(end + 1)..lineEnd]).Trim();
            if (line == marker)
            {
                _at = lineEnd < 0 ? _text.Length : lineEnd;
                return;
            }
            end = lineEnd;
        }
        _at = start;
        throw Error($"heredoc <<{marker} has no closing '{marker}' line");
    }

    private char Peek() => _at < _text.Length ? _text[_at] : '\0';

    private void Skip()
    {
        while (_at < _text.Length)
        {
            if (char.IsWhiteSpace(_text[_at]))
            {
                _at++;
            }
            else if (_text[_at] == '#' || _text.AsSpan(_at).StartsWith("//"))
            {
                while (_at < _text.Length && _text[_at] != '\n')
                {
                    _at++;
                }
            }
            else if (_text.AsSpan(_at).StartsWith("/*"))
            {
                var end = _text.IndexOf("*/", _at + 2, StringComparison.Ordinal);
                if (end < 0)
                {
                    throw Error("comment '/*' is not closed");
                }
                _at = end + 2;
            }
            else
            {
                return;
            }
        }
    }

    private FormatException Error(string message)
    {
        var line = 1;
        var column = 1;
        for (var i = 0; i < Math.Min(_at, _text.Length); i++)
        {
            (line, column) = _text[i] == '\n' ? (line + 1, 1) : (line, column + 1);
        }
        return new FormatException($"{line}:{column}: {message}");
    }
}
