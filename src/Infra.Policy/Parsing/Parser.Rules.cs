using Infra.Policy.Ast;
using Infra.Policy.Lexing;
using Infra.Policy.Values;

namespace Infra.Policy.Parsing;

internal sealed partial class Parser
{
    private Rule RuleDefinition()
    {
        var isDefault = false;
        if (IsKeyword("default"))
        {
            isDefault = true;
            _pos++;
        }
        var start = Cur.Span;
        if (Cur.Kind != TokenKind.Ident) throw Unexpected("rule head");
        var headRef = RefOnly();
        var path = HeadPath(headRef);
        List<Term>? args = null;
        if (Cur.Is("(") && !Cur.SpaceBefore)
        {
            _pos++;
            args = [];
            SkipNewlines();
            while (!Cur.Is(")"))
            {
                args.Add(Expression());
                SkipNewlines();
                if (!Accept(",")) break;
                SkipNewlines();
            }
            Expect(")");
        }
        Term? key = null;
        Term? value = null;
        if (IsKeyword("contains"))
        {
            if (args is not null) throw new RegoSyntaxException(Cur.Span, "functions cannot use contains");
            _pos++;
            key = Expression(noAssign: true);
        }
        else if (Cur.Is(":=") || Cur.Is("="))
        {
            _pos++;
            SkipNewlines();
            value = Expression(noAssign: true);
        }
        if (isDefault)
        {
            if (value is null) throw new RegoSyntaxException(start, "default rule must have a value");
            return new Rule(start, args is null ? RuleKind.Single : RuleKind.Function, path, [])
            { Args = args, Value = value, IsDefault = true };
        }
        var body = RuleBody(out var hadBody);
        if (!hadBody && key is null && value is null && args is null && path.Count == 1)
            throw new RegoSyntaxException(Cur.Span, $"unexpected {Cur.Describe()} token: expected rule value term (e.g., {TermNames.DottedName(headRef)} := <VALUE> {{ ... }})");
        var kind = args is not null ? RuleKind.Function : key is not null ? RuleKind.MultiValue : RuleKind.Single;
        var rule = new Rule(start, kind, path, body) { Args = args, Value = value, Key = key };
        return rule with { Else = ElseChain(start, kind, path, args) };
    }

    private Rule? ElseChain(SourceSpan start, RuleKind kind, IReadOnlyList<Term> path, List<Term>? args)
    {
        var save = _pos;
        SkipNewlines();
        if (!IsKeyword("else"))
        {
            _pos = save;
            return null;
        }
        var at = Take().Span;
        Term? value = null;
        if (Cur.Is(":=") || Cur.Is("="))
        {
            _pos++;
            value = Expression(noAssign: true);
        }
        var body = RuleBody(out _);
        var rule = new Rule(at, kind, path, body) { Args = args, Value = value };
        return rule with { Else = ElseChain(start, kind, path, args) };
    }

    private IReadOnlyList<Expr> RuleBody(out bool hadBody)
    {
        hadBody = true;
        if (IsKeyword("if"))
        {
            _pos++;
            if (Cur.Is("{") && LooksLikeBody()) return Braced();
            var lit = Literal();
            return [lit];
        }
        if (Cur.Is("{") && LooksLikeBody()) return Braced();
        hadBody = false;
        return [];
    }

    // A "{" after a head starts a body unless it is an object/set literal used as a single-expression body.
    private bool LooksLikeBody()
    {
        var depth = 0;
        for (var i = _pos; i < _tokens.Count; i++)
        {
            var t = _tokens[i];
            if (t.Is("{") || t.Is("[") || t.Is("(")) depth++;
            else if (t.Is("}") || t.Is("]") || t.Is(")"))
            {
                depth--;
                if (depth == 0) return true;
            }
            else if (depth == 1 && (t.Is("|") || t.Is(":"))) return false;
            else if (depth == 1 && (t.Kind == TokenKind.Newline || t.Is(";"))) return true;
            else if (t.Kind == TokenKind.Eof) return true;
        }
        return true;
    }

    private IReadOnlyList<Expr> Braced()
    {
        Expect("{");
        var body = BodyUntil(t => t.Is("}"));
        Expect("}");
        return body;
    }

    private static List<Term> HeadPath(Term headRef)
    {
        var path = new List<Term>();
        switch (headRef)
        {
            case VarTerm v: path.Add(new ScalarTerm(v.Span, new StringValue(v.Name))); break;
            case RefTerm { Head: VarTerm hv } r:
                path.Add(new ScalarTerm(hv.Span, new StringValue(hv.Name)));
                path.AddRange(r.Path);
                break;
            default: throw new RegoSyntaxException(headRef.Span, "invalid rule head");
        }
        return path;
    }

    /// <summary>Literals separated by newlines or semicolons until <paramref name="end"/> matches.</summary>
    private List<Expr> BodyUntil(Func<Token, bool> end)
    {
        var list = new List<Expr>();
        SkipSeparators();
        while (!end(Cur))
        {
            if (Cur.Kind == TokenKind.Eof) throw Unexpected("}");
            list.Add(Literal());
            if (end(Cur)) break;
            if (Cur.Kind != TokenKind.Newline && !Cur.Is(";")) throw Unexpected("; or newline");
            SkipSeparators();
        }
        return list;
    }

    private Expr Literal()
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new RegoSyntaxException(Cur.Span, "expression nested too deeply");
        var start = Cur.Span;
        Expr e;
        if (IsKeyword("some")) e = SomeLiteral();
        else if (IsKeyword("every")) e = EveryLiteral();
        else if (IsKeyword("not") && !_experimental)
        {
            _pos++;
            var inner = Literal();
            return inner with { Negated = !inner.Negated, Span = start };
        }
        else
        {
            var t = Expression(literalLevel: true);
            e = new TermExpr(start, t);
        }
        var withs = WithModifiers();
        return withs.Count == 0 ? e : e with { With = withs };
    }

    private List<WithModifier> WithModifiers()
    {
        var withs = new List<WithModifier>();
        while (true)
        {
            var save = _pos;
            SkipNewlines();
            if (!IsKeyword("with"))
            {
                _pos = save;
                break;
            }
            var at = Take().Span;
            var target = RefOnly();
            if (!IsKeyword("as")) throw Unexpected("as");
            _pos++;
            var value = Expression(noAssign: true);
            withs.Add(new WithModifier(at, target, value));
        }
        return withs;
    }

    private Expr SomeLiteral()
    {
        var start = Take().Span;
        var first = Expression(noAssign: true, noIn: true);
        Term? second = null;
        if (Accept(","))
        {
            // some x, y (decl) or some k, v in xs
            var rest = new List<Term> { first };
            do
            {
                rest.Add(Expression(noAssign: true, noIn: true));
            }
            while (Accept(","));
            if (IsKeyword("in") && rest.Count == 2)
            {
                _pos++;
                var coll = Expression(noAssign: true);
                return new SomeInExpr(start, rest[0], rest[1], coll);
            }
            return new SomeDeclExpr(start, rest.Select(AsVar).ToList());
        }
        if (IsKeyword("in"))
        {
            _pos++;
            var coll = Expression(noAssign: true);
            return new SomeInExpr(start, second, first, coll);
        }
        return new SomeDeclExpr(start, [AsVar(first)]);
    }

    private static VarTerm AsVar(Term t) => t as VarTerm
        ?? throw new RegoSyntaxException(t.Span, "expected variable in some declaration");

    private Expr EveryLiteral()
    {
        var start = Take().Span;
        var first = Expression(noAssign: true, noIn: true);
        Term? key = null;
        var value = first;
        if (Accept(","))
        {
            key = first;
            value = Expression(noAssign: true, noIn: true);
        }
        if (!IsKeyword("in")) throw Unexpected("in");
        _pos++;
        var coll = Expression(noAssign: true, noIn: true);
        if (!Cur.Is("{")) throw Unexpected("{");
        var body = Braced();
        return new EveryExpr(start, key, value, coll, body);
    }
}
