using Infra.Policy.Ast;
using Infra.Policy.Lexing;
using Infra.Policy.Values;

namespace Infra.Policy.Parsing;

internal sealed partial class Parser
{
    private static readonly Dictionary<string, string> RelationOps = new()
    {
        ["=="] = "equal", ["!="] = "neq", ["<"] = "lt", ["<="] = "lte", [">"] = "gt", [">="] = "gte",
    };

    private Term Expression(bool noAssign = false, bool noIn = false, bool literalLevel = false, bool noUnion = false)
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new RegoSyntaxException(Cur.Span, "expression nested too deeply");
        var lhs = LogicOr(noIn, literalLevel, noUnion);
        if (!noAssign && (Cur.Is(":=") || Cur.Is("=")))
        {
            var op = Take();
            SkipNewlines();
            var rhs = LogicOr(noIn, false, noUnion);
            return Infix(op.Span, op.Text == ":=" ? "assign" : "eq", lhs, rhs);
        }
        return lhs;
    }

    private static VarTerm Op(SourceSpan at, string name) => new(at, name);

    private static CallTerm Infix(SourceSpan at, string name, params Term[] args) => new(at, Op(at, name), args) { Infix = true };

    private Term LogicOr(bool noIn, bool literalLevel, bool noUnion)
    {
        var lhs = LogicAnd(noIn, literalLevel, noUnion);
        while (_experimental && IsKeyword("or"))
        {
            var at = Take().Span;
            SkipNewlines();
            var rhs = LogicAnd(noIn, false, noUnion);
            lhs = Infix(at, "$or", lhs, rhs);
        }
        return lhs;
    }

    private Term LogicAnd(bool noIn, bool literalLevel, bool noUnion)
    {
        var lhs = LogicOperand(noIn, literalLevel, noUnion);
        while (_experimental && IsKeyword("and"))
        {
            var at = Take().Span;
            SkipNewlines();
            var rhs = LogicOperand(noIn, false, noUnion);
            lhs = Infix(at, "$and", lhs, rhs);
        }
        return lhs;
    }

    private Term LogicOperand(bool noIn, bool literalLevel, bool noUnion)
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new RegoSyntaxException(Cur.Span, "expression nested too deeply");
        if (_experimental)
        {
            if (IsKeyword("not"))
            {
                var at = Take().Span;
                var inner = LogicOperand(noIn, false, noUnion);
                return Infix(at, "$not", inner);
            }
            if (Cur.Is("{") && IsQueryBlock())
            {
                var at = Cur.Span;
                return new QueryBlockTerm(at, Braced());
            }
        }
        return Membership(noIn, literalLevel, noUnion);
    }

    // With experimental keywords, "{ ... }" is a query block when it holds a literal that a set/object cannot.
    private bool IsQueryBlock()
    {
        var depth = 0;
        for (var i = _pos; i < _tokens.Count; i++)
        {
            var t = _tokens[i];
            if (t.Is("{") || t.Is("[") || t.Is("(")) depth++;
            else if (t.Is("}") || t.Is("]") || t.Is(")"))
            {
                depth--;
                if (depth == 0) return false;
            }
            else if (depth == 1 && (t.Is(";") || t.Kind == TokenKind.Newline || t.IsIdent("some") || t.Is(":=") || t.Is("=")
                     || t.Is("==") || t.Is("!=") || t.Is("<") || t.Is(">") || t.Is("<=") || t.Is(">=") || t.IsIdent("and") || t.IsIdent("or") || t.IsIdent("not") || t.IsIdent("with")))
                return true;
            else if (depth == 1 && (t.Is(",") || t.Is(":") || t.Is("|"))) return false;
        }
        return false;
    }

    private Term Membership(bool noIn, bool literalLevel, bool noUnion)
    {
        var lhs = Relation(noUnion);
        if (literalLevel && Cur.Is(",") && !noIn)
        {
            var save = _pos;
            _pos++;
            var value = Relation(noUnion);
            if (IsKeyword("in"))
            {
                var at = Take().Span;
                SkipNewlines();
                var coll = Relation(noUnion);
                lhs = Infix(at, "internal.member_3", lhs, value, coll);
            }
            else _pos = save;
        }
        while (!noIn && IsKeyword("in"))
        {
            var at = Take().Span;
            SkipNewlines();
            var coll = Relation(noUnion);
            lhs = Infix(at, "internal.member_2", lhs, coll);
        }
        return lhs;
    }

    private Term Relation(bool noUnion)
    {
        var lhs = Union(noUnion);
        while (Cur.Kind == TokenKind.Punct && RelationOps.TryGetValue(Cur.Text, out var name))
        {
            var at = Take().Span;
            SkipNewlines();
            var rhs = Union(noUnion);
            lhs = Infix(at, name, lhs, rhs);
        }
        return lhs;
    }

    private Term Union(bool noUnion)
    {
        var lhs = Intersection();
        while (!noUnion && Cur.Is("|"))
        {
            var at = Take().Span;
            SkipNewlines();
            lhs = Infix(at, "or", lhs, Intersection());
        }
        return lhs;
    }

    private Term Intersection()
    {
        var lhs = Additive();
        while (Cur.Is("&"))
        {
            var at = Take().Span;
            SkipNewlines();
            lhs = Infix(at, "and", lhs, Additive());
        }
        return lhs;
    }

    private Term Additive()
    {
        var lhs = Multiplicative();
        while (Cur.Is("+") || Cur.Is("-"))
        {
            var op = Take();
            SkipNewlines();
            lhs = Infix(op.Span, op.Text == "+" ? "plus" : "minus", lhs, Multiplicative());
        }
        return lhs;
    }

    private Term Multiplicative()
    {
        var lhs = Unary();
        while (Cur.Is("*") || Cur.Is("/") || Cur.Is("%"))
        {
            var op = Take();
            SkipNewlines();
            var name = op.Text switch { "*" => "mul", "/" => "div", _ => "rem" };
            lhs = Infix(op.Span, name, lhs, Unary());
        }
        return lhs;
    }

    private Term Unary()
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new RegoSyntaxException(Cur.Span, "expression nested too deeply");
        if (Cur.Is("-"))
        {
            var at = Take().Span;
            if (Cur.Kind == TokenKind.Number && !Cur.SpaceBefore)
            {
                var n = Take();
                return Postfix(new ScalarTerm(at, NumberValue.Parse("-" + n.Text) ?? throw new RegoSyntaxException(at, "invalid number")));
            }
            var operand = Unary();
            return Infix(at, "minus", new ScalarTerm(at, NumberValue.Of(0)), operand);
        }
        return Postfix(Primary());
    }
}
