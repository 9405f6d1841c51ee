using Infra.Policy.Ast;
using Infra.Policy.Values;

namespace Infra.Policy.Evaluation;

internal sealed partial class Evaluator
{
    private bool EvalBody(IReadOnlyList<Expr> body, int i, Bindings b, Func<bool> k)
    {
        // Literals with one solution are decided in this loop; the bindings they make are undone on the way out.
        var mark = b.Mark;
        bool result;
        while (true)
        {
            Step();
            if (i == body.Count)
            {
                result = k();
                break;
            }
            var outcome = TryExprDirect(body[i], b);
            if (outcome == Outcome.Passed)
            {
                i++;
                continue;
            }
            if (outcome == Outcome.Failed)
            {
                result = true;
                break;
            }
            var next = i + 1;
            result = EvalExpr(body[i], b, () => EvalBody(body, next, b, k));
            break;
        }
        b.Undo(mark);
        return result;
    }

    /// <summary>True when the body has at least one solution; bindings are restored afterwards.</summary>
    private bool Exists(IReadOnlyList<Expr> body, Bindings b)
    {
        var found = false;
        var mark = b.Mark;
        EvalBody(body, 0, b, () =>
        {
            found = true;
            return false;
        });
        b.Undo(mark);
        return found;
    }

    private bool EvalExpr(Expr e, Bindings b, Func<bool> k)
    {
        if (e.With.Count > 0) return EvalWith(e, b, k);
        return EvalNegatable(e, b, k);
    }

    private bool EvalNegatable(Expr e, Bindings b, Func<bool> k)
    {
        if (!e.Negated) return EvalExprInner(e, b, k);
        var found = false;
        var mark = b.Mark;
        EvalExprInner(e, b, () =>
        {
            found = true;
            return false;
        });
        b.Undo(mark);
        return found || k();
    }

    private bool EvalExprInner(Expr e, Bindings b, Func<bool> k)
    {
        switch (e)
        {
            case TermExpr { Term: CallTerm c }:
                // Unification and the boolean connectives are always plain names; a dotted name need not be built.
                switch ((c.Operator as VarTerm)?.Name)
                {
                    case "eq":
                    case "assign":
                        return Unify(c.Args[0], c.Args[1], b, k);
                    case "$and" or "$or" or "$not":
                        return Check(c, b) ? k() : true;
                }
                return EvalCall(c, b, v => v is BoolValue { Value: false } || k());
            case TermExpr { Term: QueryBlockTerm qb }:
                return Exists(qb.Body, b) ? k() : true;
            case TermExpr te:
                return EvalTerm(te.Term, b, v => v is BoolValue { Value: false } || k());
            case SomeDeclExpr:
                return k();
            case SomeInExpr si:
                if (CanDirect(si.Collection, b))
                {
                    var coll = EvalDirect(si.Collection, b);
                    return coll is null || EnumerateSomeIn(si, coll, b, k);
                }
                return EvalTerm(si.Collection, b, coll => EnumerateSomeIn(si, coll, b, k));
            case EveryExpr ev:
                return EvalTerm(ev.Collection, b, coll =>
                {
                    var all = Enumerate(coll, (key, val) =>
                    {
                        var mark = b.Mark;
                        var ok = false;
                        bool Check()
                        {
                            ok = Exists(ev.Body, b);
                            return false;
                        }
                        if (ev.Key is null) UnifyValue(ev.Value, val, b, Check);
                        else UnifyValue(ev.Key, key, b, () => UnifyValue(ev.Value, val, b, Check));
                        b.Undo(mark);
                        return ok;
                    });
                    return !all || k();
                });
            default:
                return true;
        }
    }

    /// <summary>Evaluates an <c>and</c>/<c>or</c>/<c>not</c> operand as a yes/no check.</summary>
    private bool Check(Term t, Bindings b)
    {
        switch (t)
        {
            case CallTerm { Name: "$and" } c: return Check(c.Args[0], b) && Check(c.Args[1], b);
            case CallTerm { Name: "$or" } c: return Check(c.Args[0], b) || Check(c.Args[1], b);
            case CallTerm { Name: "$not" } c: return !Check(c.Args[0], b);
            case QueryBlockTerm qb: return Exists(qb.Body, b);
            default:
                var found = false;
                var mark = b.Mark;
                EvalExprInner(new TermExpr(t.Span, t), b, () =>
                {
                    found = true;
                    return false;
                });
                b.Undo(mark);
                return found;
        }
    }

    /// <summary>Calls <paramref name="k"/> for each (key, value) of an array, object or set; false when stopped early.</summary>
    private static bool Enumerate(Value coll, Func<Value, Value, bool> k)
    {
        switch (coll)
        {
            case ArrayValue a:
                for (var i = 0; i < a.Count; i++)
                {
                    if (!k(NumberValue.Of(i), a.Items[i])) return false;
                }
                return true;
            case SetValue s:
                foreach (var v in s.Items)
                {
                    if (!k(v, v)) return false;
                }
                return true;
            case ObjectValue o:
                foreach (var kv in o.Entries)
                {
                    if (!k(kv.Key, kv.Value)) return false;
                }
                return true;
            default:
                return true;
        }
    }
}
