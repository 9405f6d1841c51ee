using Infra.Policy.Ast;
using Infra.Policy.Values;

namespace Infra.Policy.Evaluation;

internal sealed partial class Evaluator
{
    private bool Unify(Term a, Term c, Bindings b, Func<bool> k)
    {
        if (a is VarTerm va && IsFreeVar(va, b)) return c is VarTerm vc && IsFreeVar(vc, b) ? true : EvalTerm(c, b, v => BindVar(va.Name, v, b, k));
        if (c is VarTerm vc2 && IsFreeVar(vc2, b)) return EvalTerm(a, b, v => BindVar(vc2.Name, v, b, k));
        if (a is ArrayTerm aa && c is ArrayTerm ca)
        {
            if (aa.Items.Count != ca.Items.Count) return true;
            return UnifyPairs(aa.Items, ca.Items, 0, b, k);
        }
        if (a is ObjectTerm oa && c is ObjectTerm oc && oa.Items.Count == oc.Items.Count
            && oa.Items.All(x => x.Key is ScalarTerm) && oc.Items.All(x => x.Key is ScalarTerm))
        {
            var pairsA = new List<Term>();
            var pairsC = new List<Term>();
            foreach (var (key, val) in oa.Items)
            {
                var match = oc.Items.FirstOrDefault(x => ((ScalarTerm)x.Key).Value.Equals(((ScalarTerm)key).Value));
                if (match.Key is null) return true;
                pairsA.Add(val);
                pairsC.Add(match.Value);
            }
            return UnifyPairs(pairsA, pairsC, 0, b, k);
        }
        if (HasFreeVars(a, b)) return EvalTerm(c, b, v => UnifyValue(a, v, b, k));
        if (HasFreeVars(c, b)) return EvalTerm(a, b, v => UnifyValue(c, v, b, k));
        return EvalTerm(a, b, x => EvalTerm(c, b, y => !x.Equals(y) || k()));
    }

    private bool UnifyPairs(IReadOnlyList<Term> xs, IReadOnlyList<Term> ys, int i, Bindings b, Func<bool> k)
        => i == xs.Count ? k() : Unify(xs[i], ys[i], b, () => UnifyPairs(xs, ys, i + 1, b, k));

    private static bool IsFreeVar(VarTerm v, Bindings b) => !b.IsBound(v.Name) && v.Name is not ("input" or "data");

    private static bool BindVar(string name, Value v, Bindings b, Func<bool> k)
    {
        var mark = b.Mark;
        b.Bind(name, v);
        var r = k();
        b.Undo(mark);
        return r;
    }

    /// <summary>True when a pattern position of <paramref name="t"/> holds an unbound variable.</summary>
    private static bool HasFreeVars(Term t, Bindings b) => t switch
    {
        VarTerm v => IsFreeVar(v, b),
        ArrayTerm a => AnyFreeVars(a.Items, b),
        ObjectTerm o => AnyFreeValueVars(o.Items, b),
        _ => false,
    };

    private static bool AnyFreeVars(IReadOnlyList<Term> items, Bindings b)
    {
        foreach (var x in items)
        {
            if (HasFreeVars(x, b)) return true;
        }
        return false;
    }

    private static bool AnyFreeValueVars(IReadOnlyList<(Term Key, Term Value)> items, Bindings b)
    {
        foreach (var x in items)
        {
            if (HasFreeVars(x.Value, b)) return true;
        }
        return false;
    }

    /// <summary>Matches a pattern term against a value, binding the pattern's free variables.</summary>
    private bool UnifyValue(Term pattern, Value v, Bindings b, Func<bool> k)
    {
        switch (pattern)
        {
            case VarTerm pv when IsFreeVar(pv, b):
                return BindVar(pv.Name, v, b, k);
            case ArrayTerm pa when HasFreeVars(pa, b):
                if (v is not ArrayValue av || av.Count != pa.Items.Count) return true;
                return UnifyItems(pa.Items, av.Items, 0, b, k);
            case ObjectTerm po when HasFreeVars(po, b):
                {
                    if (v is not ObjectValue ov || ov.Count != po.Items.Count) return true;
                    return UnifyObject(po.Items, 0, ov, b, k);
                }
            default:
                return EvalTerm(pattern, b, pv => !pv.Equals(v) || k());
        }
    }

    private bool UnifyItems(IReadOnlyList<Term> pats, IReadOnlyList<Value> vals, int i, Bindings b, Func<bool> k)
        => i == pats.Count ? k() : UnifyValue(pats[i], vals[i], b, () => UnifyItems(pats, vals, i + 1, b, k));

    private bool UnifyObject(IReadOnlyList<(Term Key, Term Value)> items, int i, ObjectValue ov, Bindings b, Func<bool> k)
    {
        if (i == items.Count) return k();
        return EvalTerm(items[i].Key, b, key =>
        {
            var val = ov.Get(key);
            return val is null || UnifyValue(items[i].Value, val, b, () => UnifyObject(items, i + 1, ov, b, k));
        });
    }
}
