using System.Text.Json.Nodes;
using Infra.Compositions.Values;

namespace Infra.Compositions.Transforms;

/// <summary>
/// Parses JSON text, reporting syntax errors with Go's <c>encoding/json</c> wording
/// (<c>invalid character 'n' looking for beginning of object key string</c>). Numbers come out float64.
/// </summary>
internal sealed class GoJsonParser
{
    private readonly string text;
    private int position;
    private string? error;

    private GoJsonParser(string text) => this.text = text;

    public static JsonNode? Parse(string text, out string? error)
    {
        var parser = new GoJsonParser(text);
        parser.Value();
        if (parser.error is null)
        {
            parser.SkipSpace();
            if (parser.position < text.Length) parser.Fail("after top-level value");
        }
        error = parser.error;
        return error is null ? GoValue.ToFloatTyped(JsonNode.Parse(text)) : null;
    }

    private bool AtEnd => position >= text.Length;

    private char Current => text[position];

    private void SkipSpace()
    {
        while (!AtEnd && Current is ' ' or '\t' or '\n' or '\r') position++;
    }

    private bool EndOfInput()
    {
        if (!AtEnd) return false;
        error ??= "unexpected end of JSON input";
        return true;
    }

    private void Fail(string context)
    {
        var c = Current;
        var quoted = c switch
        {
            '\'' => "'\\''",
            '"' => "'\"'",
            _ => "'" + c + "'",
        };
        error ??= $"invalid character {quoted} {context}";
    }

    private void Value()
    {
        SkipSpace();
        if (EndOfInput()) return;
        switch (Current)
        {
            case '{': Object(); break;
            case '[': Array(); break;
            case '"': String(); break;
            case 't': Literal("true"); break;
            case 'f': Literal("false"); break;
            case 'n': Literal("null"); break;
            case '-' or (>= '0' and <= '9'): Number(); break;
            default: Fail("looking for beginning of value"); break;
        }
    }

    private void Object()
    {
        position++;
        SkipSpace();
        if (EndOfInput()) return;
        if (Current == '}')
        {
            position++;
            return;
        }
        while (error is null)
        {
            SkipSpace();
            if (EndOfInput()) return;
            if (Current != '"')
            {
                Fail("looking for beginning of object key string");
                return;
            }
            String();
            if (error is not null) return;
            SkipSpace();
            if (EndOfInput()) return;
            if (Current != ':')
            {
                Fail("after object key");
                return;
            }
            position++;
            Value();
            if (error is not null) return;
            SkipSpace();
            if (EndOfInput()) return;
            if (Current == ',')
            {
                position++;
                continue;
            }
            if (Current == '}')
            {
                position++;
                return;
            }
            Fail("after object key:value pair");
        }
    }

    private void Array()
    {
        position++;
        SkipSpace();
        if (EndOfInput()) return;
        if (Current == ']')
        {
            position++;
            return;
        }
        while (error is null)
        {
            Value();
            if (error is not null) return;
            SkipSpace();
            if (EndOfInput()) return;
            if (Current == ',')
            {
                position++;
                continue;
            }
            if (Current == ']')
            {
                position++;
                return;
            }
            Fail("after array element");
        }
    }

    private void String()
    {
        position++;
        while (!EndOfInput())
        {
            var c = Current;
            if (c == '"')
            {
                position++;
                return;
            }
            if (c < ' ')
            {
                Fail("in string literal");
                return;
            }
            if (c == '\\')
            {
                position++;
                if (EndOfInput()) return;
                if (Current is not ('"' or '\\' or '/' or 'b' or 'f' or 'n' or 'r' or 't' or 'u'))
                {
                    Fail("in string escape code");
                    return;
                }
            }
            position++;
        }
    }

    private void Literal(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            if (EndOfInput()) return;
            if (Current != word[i])
            {
                Fail($"in literal {word} (expecting '{word[i]}')");
                return;
            }
            position++;
        }
    }

    private void Number()
    {
        if (Current == '-') position++;
        if (EndOfInput()) return;
        if (!char.IsAsciiDigit(Current))
        {
            Fail("in numeric literal");
            return;
        }
        if (Current == '0') position++;
        else while (!AtEnd && char.IsAsciiDigit(Current)) position++;
        if (!AtEnd && Current == '.')
        {
            position++;
            if (EndOfInput()) return;
            if (!char.IsAsciiDigit(Current))
            {
                Fail("after decimal point in numeric literal");
                return;
            }
            while (!AtEnd && char.IsAsciiDigit(Current)) position++;
        }
        if (!AtEnd && Current is 'e' or 'E')
        {
            position++;
            if (!AtEnd && Current is '+' or '-') position++;
            if (EndOfInput()) return;
            if (!char.IsAsciiDigit(Current))
            {
                Fail("in exponent of numeric literal");
                return;
            }
            while (!AtEnd && char.IsAsciiDigit(Current)) position++;
        }
    }
}
