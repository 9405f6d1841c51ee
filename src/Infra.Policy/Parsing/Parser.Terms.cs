using Infra.Policy.Ast;
using Infra.Policy.Lexing;
using Infra.Policy.Values;

namespace Infra.Policy.Parsing;

internal sealed partial class Parser
{
    private Term Primary()
    {
        var t = Cur;
        switch (t.Kind)
        {
            case TokenKind.Number:
                _pos++;
                return new ScalarTerm(t.Span, NumberValue.Parse(t.Text) ?? throw new RegoSyntaxException(t.Span, "invalid number"));
            case TokenKind.String:
            case TokenKind.RawString:
                _pos++;
                return new ScalarTerm(t.Span, new StringValue(t.Text));
            case TokenKind.Template:
                _pos++;
                return Template(t);
            case TokenKind.Ident:
                _pos++;
                if (t.Text == "set" && Cur.Is("(") && !Cur.SpaceBefore && PeekAt(1).Is(")"))
                {
                    _pos += 2;
                    return new SetTerm(t.Span, []);
                }
                switch (FollowedBySelector(0) ? "" : t.Text)
                {
                    case "true": return new ScalarTerm(t.Span, BoolValue.True);
                    case "false": return new ScalarTerm(t.Span, BoolValue.False);
                    case "null": return new ScalarTerm(t.Span, NullValue.Instance);
                    case "some" or "every" or "import" or "package" or "not" or "with" or "as" or "default" or "else" or "if" or "contains" or "in" when !FollowedBySelector(0):
                        _pos--;
                        throw Unexpected("term");
                }
                return new VarTerm(t.Span, t.Text);
            case TokenKind.Punct when t.Text == "[":
                return ArrayOrComprehension();
            case TokenKind.Punct when t.Text == "{":
                return BraceTerm();
            case TokenKind.Punct when t.Text == "(":
                _pos++;
                SkipNewlines();
                var inner = Expression();
                if (_experimental && IsKeyword("with"))
                {
                    // (expr with …) groups the modifier with the whole expression: a query block of one literal.
                    var withs = WithModifiers();
                    SkipNewlines();
                    Expect(")");
                    return new QueryBlockTerm(t.Span, [new TermExpr(inner.Span, inner) { With = withs }]);
                }
                SkipNewlines();
                Expect(")");
                return inner;
            default:
                throw Unexpected("term");
        }
    }

    private Term Postfix(Term t)
    {
        var path = new List<Term>();
        var head = t;
        while (true)
        {
            if (Cur.Is(".") && !Cur.SpaceBefore && PeekAt(1).Kind == TokenKind.Ident && !PeekAt(1).SpaceBefore)
            {
                _pos++;
                var n = Take();
                path.Add(new ScalarTerm(n.Span, new StringValue(n.Text)));
            }
            else if (Cur.Is("[") && !Cur.SpaceBefore)
            {
                _pos++;
                SkipNewlines();
                path.Add(Expression());
                SkipNewlines();
                Expect("]");
            }
            else if (Cur.Is("(") && !Cur.SpaceBefore && (head is VarTerm || head is RefTerm))
            {
                var op = path.Count == 0 ? head : new RefTerm(head.Span, head, path.ToList());
                if (TermNames.DottedName(op) is null) throw new RegoSyntaxException(Cur.Span, "invalid function name");
                _pos++;
                var args = new List<Term>();
                SkipNewlines();
                while (!Cur.Is(")"))
                {
                    args.Add(Expression());
                    SkipNewlines();
                    if (!Accept(",")) break;
                    SkipNewlines();
                }
                Expect(")");
                head = new CallTerm(op.Span, op, args);
                path.Clear();
            }
            else break;
        }
        return path.Count == 0 ? head : new RefTerm(head.Span, head, path);
    }

    private Term ArrayOrComprehension()
    {
        var start = Take().Span;
        SkipNewlines();
        if (Accept("]")) return new ArrayTerm(start, []);
        var first = Expression(noUnion: true);
        SkipNewlines();
        if (Accept("|"))
        {
            var body = BodyUntil(t => t.Is("]"));
            Expect("]");
            return new ArrayComprehension(start, first, body);
        }
        var items = new List<Term> { first };
        while (Accept(","))
        {
            SkipNewlines();
            if (Cur.Is("]")) break;
            items.Add(Expression());
            SkipNewlines();
        }
        SkipNewlines();
        Expect("]");
        return new ArrayTerm(start, items);
    }

    private Term BraceTerm()
    {
        var start = Take().Span;
        SkipNewlines();
        if (Accept("}")) return new ObjectTerm(start, []);
        var first = Expression(noUnion: true);
        SkipNewlines();
        if (Accept(":"))
        {
            SkipNewlines();
            var firstValue = Expression(noUnion: true);
            SkipNewlines();
            if (Accept("|"))
            {
                var body = BodyUntil(t => t.Is("}"));
                Expect("}");
                return new ObjectComprehension(start, first, firstValue, body);
            }
            var items = new List<(Term, Term)> { (first, firstValue) };
            while (Accept(","))
            {
                SkipNewlines();
                if (Cur.Is("}")) break;
                var k = Expression();
                SkipNewlines();
                Expect(":");
                SkipNewlines();
                var v = Expression();
                SkipNewlines();
                items.Add((k, v));
            }
            Expect("}");
            return new ObjectTerm(start, items);
        }
        if (Accept("|"))
        {
            var body = BodyUntil(t => t.Is("}"));
            Expect("}");
            return new SetComprehension(start, first, body);
        }
        var set = new List<Term> { first };
        while (Accept(","))
        {
            SkipNewlines();
            if (Cur.Is("}")) break;
            set.Add(Expression());
            SkipNewlines();
        }
        Expect("}");
        return new SetTerm(start, set);
    }

    private Term Template(Token t)
    {
        var parts = new List<object>();
        foreach (var part in t.TemplateParts!)
        {
            if (part is string s)
            {
                parts.Add(s);
                continue;
            }
            var tokens = (List<Token>)part;
            var sub = new Parser(tokens, _experimental);
            sub.SkipNewlines();
            if (sub.Cur.Kind == TokenKind.Eof) throw new RegoSyntaxException(t.Span, "empty template expression");
            var lit = sub.Literal();
            sub.SkipNewlines();
            if (sub.Cur.Kind != TokenKind.Eof) throw sub.Unexpected("}");
            parts.Add(lit);
        }
        return new TemplateTerm(t.Span, parts);
    }
}
