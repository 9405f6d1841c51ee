using Infra.Policy.Ast;
using Infra.Policy.Values;

namespace Infra.Policy.Evaluation;

// Body literals with at most one solution (checks, assignments from single-valued terms, negations, `every`) are
// decided in place by the body loop; only literals that enumerate take a continuation.
internal sealed partial class Evaluator
{
    private enum Outcome
    {
        /// <summary>The literal may have several solutions: evaluate it with a continuation.</summary>
        NotDirect,

        /// <summary>The literal has no solution (bindings it made must be undone).</summary>
        Failed,

        /// <summary>The literal has exactly one solution, whose bindings are in place.</summary>
        Passed,
    }

    private Outcome TryExprDirect(Expr e, Bindings b)
    {
        if (e.With.Count > 0) return Outcome.NotDirect;
        if (!e.Negated) return InnerDirect(e, b);
        var mark = b.Mark;
        var inner = InnerDirect(e, b);
        b.Undo(mark);
        if (inner == Outcome.NotDirect)
        {
            var found = false;
            EvalExprInner(e, b, () =>
            {
                found = true;
                return false;
            });
            b.Undo(mark);
            return found ? Outcome.Failed : Outcome.Passed;
        }
        return inner == Outcome.Passed ? Outcome.Failed : Outcome.Passed;
    }

    private Outcome InnerDirect(Expr e, Bindings b)
    {
        switch (e)
        {
            case TermExpr { Term: CallTerm c }:
                // Unification and the boolean connectives are always plain names; a dotted name need not be built.
                switch ((c.Operator as VarTerm)?.Name)
                {
                    case "eq":
                    case "assign":
                        return TryUnifyDirect(c.Args[0], c.Args[1], b);
                    case "$and" or "$or" or "$not":
                        return Check(c, b) ? Outcome.Passed : Outcome.Failed;
                }
                return TruthDirect(c, b);
            case TermExpr { Term: QueryBlockTerm qb }:
                return Exists(qb.Body, b) ? Outcome.Passed : Outcome.Failed;
            case TermExpr te:
                return TruthDirect(te.Term, b);
            case SomeDeclExpr:
                return Outcome.Passed;
            case EveryExpr:
                {
                    // `every` binds nothing outside its body: it holds or it does not.
                    var holds = false;
                    EvalExprInner(e, b, () =>
                    {
                        holds = true;
                        return false;
                    });
                    return holds ? Outcome.Passed : Outcome.Failed;
                }
            default:
                return Outcome.NotDirect;
        }
    }

    private Outcome TruthDirect(Term t, Bindings b)
    {
        if (!CanDirect(t, b)) return Outcome.NotDirect;
        var v = EvalDirect(t, b);
        return v is null or BoolValue { Value: false } ? Outcome.Failed : Outcome.Passed;
    }

    /// <summary>The direct form of <see cref="Unify"/>: the same cases in the same order of evaluation.</summary>
    private Outcome TryUnifyDirect(Term a, Term c, Bindings b)
    {
        if (a is VarTerm va && IsFreeVar(va, b))
        {
            if (c is VarTerm vc && IsFreeVar(vc, b)) return Outcome.Failed;
            return BindDirect(va.Name, c, b);
        }
        if (c is VarTerm vc2 && IsFreeVar(vc2, b)) return BindDirect(vc2.Name, a, b);
        if (a is ArrayTerm && c is ArrayTerm) return Outcome.NotDirect;
        if (a is ObjectTerm && c is ObjectTerm) return Outcome.NotDirect;
        if (HasFreeVars(a, b)) return MatchTermDirect(a, c, b);
        if (HasFreeVars(c, b)) return MatchTermDirect(c, a, b);
        if (!CanDirect(a, b) || !CanDirect(c, b)) return Outcome.NotDirect;
        var x = EvalDirect(a, b);
        if (x is null) return Outcome.Failed;
        var y = EvalDirect(c, b);
        return y is not null && x.Equals(y) ? Outcome.Passed : Outcome.Failed;
    }

    private Outcome BindDirect(string name, Term source, Bindings b)
    {
        if (!CanDirect(source, b)) return Outcome.NotDirect;
        var v = EvalDirect(source, b);
        if (v is null) return Outcome.Failed;
        b.Bind(name, v);
        return Outcome.Passed;
    }

    private Outcome MatchTermDirect(Term pattern, Term source, Bindings b)
    {
        if (!PatternDirect(pattern, b) || !CanDirect(source, b)) return Outcome.NotDirect;
        var v = EvalDirect(source, b);
        return v is not null && MatchDirect(pattern, v, b) ? Outcome.Passed : Outcome.Failed;
    }

    /// <summary>True when <see cref="MatchDirect"/> can match the pattern: variables, ground single-valued terms and arrays of those.</summary>
    private bool PatternDirect(Term pattern, Bindings b)
    {
        switch (pattern)
        {
            case VarTerm:
                return CanDirect(pattern, b) || IsFreeVar((VarTerm)pattern, b);
            case ArrayTerm a:
                foreach (var item in a.Items)
                {
                    if (!PatternDirect(item, b)) return false;
                }
                return true;
            case ObjectTerm when HasFreeVars(pattern, b):
                return false;
            default:
                return !HasFreeVars(pattern, b) && CanDirect(pattern, b);
        }
    }

    /// <summary>The direct form of <see cref="UnifyValue"/> for a pattern that passed <see cref="PatternDirect"/>; bindings stay in place.</summary>
    private bool MatchDirect(Term pattern, Value v, Bindings b)
    {
        switch (pattern)
        {
            case VarTerm pv when IsFreeVar(pv, b):
                b.Bind(pv.Name, v);
                return true;
            case ArrayTerm pa when HasFreeVars(pa, b):
                if (v is not ArrayValue av || av.Count != pa.Items.Count) return false;
                for (var i = 0; i < pa.Items.Count; i++)
                {
                    if (!MatchDirect(pa.Items[i], av.Items[i], b)) return false;
                }
                return true;
            default:
                var own = EvalDirect(pattern, b);
                return own is not null && own.Equals(v);
        }
    }

    /// <summary><c>some [key,] value in collection</c> over a collection already evaluated.</summary>
    private bool EnumerateSomeIn(SomeInExpr si, Value coll, Bindings b, Func<bool> k)
    {
        if (!PatternDirect(si.Value, b) || (si.Key is not null && !PatternDirect(si.Key, b)))
        {
            return Enumerate(coll, (key, val) =>
                si.Key is null
                    ? UnifyValue(si.Value, val, b, k)
                    : UnifyValue(si.Key, key, b, () => UnifyValue(si.Value, val, b, k)));
        }
        switch (coll)
        {
            case ArrayValue a:
                for (var i = 0; i < a.Count; i++)
                {
                    if (!SomeInMember(si, si.Key is null ? null : NumberValue.Of(i), a.Items[i], b, k)) return false;
                }
                return true;
            case SetValue s:
                foreach (var v in s.Items)
                {
                    if (!SomeInMember(si, v, v, b, k)) return false;
                }
                return true;
            case ObjectValue o:
                foreach (var kv in o.Entries)
                {
                    if (!SomeInMember(si, kv.Key, kv.Value, b, k)) return false;
                }
                return true;
            default:
                return true;
        }
    }

    private bool SomeInMember(SomeInExpr si, Value? key, Value val, Bindings b, Func<bool> k)
    {
        var mark = b.Mark;
        var cont = (si.Key is null || MatchDirect(si.Key, key!, b)) && MatchDirect(si.Value, val, b) ? k() : true;
        b.Undo(mark);
        return cont;
    }
}
