using Infra.Policy.Ast;

namespace Infra.Policy.Compilation;

/// <summary>
/// Orders body expressions so that every variable is bound before it is used as an input, the way OPA's
/// safety check reorders bodies. Expressions that can never become ready keep their relative order.
/// </summary>
internal sealed class BodyReorderer(Func<string, int?> arityOf)
{
    public IReadOnlyList<Expr> Reorder(IReadOnlyList<Expr> body, ISet<string> bound)
    {
        var infos = body.Select(e => (Expr: ReorderNested(e, bound), Vars: Analyze(e))).ToList();
        var bodyOuts = new HashSet<string>();
        foreach (var i in infos) bodyOuts.UnionWith(i.Vars.Outs);
        var b = new HashSet<string>(bound);
        var result = new List<Expr>(body.Count);
        var pending = infos.ToList();
        while (pending.Count > 0)
        {
            var idx = pending.FindIndex(p => p.Vars.StrictNeeds.All(n => !bodyOuts.Contains(n) || b.Contains(n)));
            if (idx < 0) idx = 0;
            var pick = pending[idx];
            pending.RemoveAt(idx);
            result.Add(pick.Expr);
            b.UnionWith(pick.Vars.Outs);
        }
        return result;
    }

    private Expr ReorderNested(Expr e, ISet<string> bound)
    {
        var all = new HashSet<string>(bound);
        if (e is EveryExpr ev)
        {
            var inner = new HashSet<string>(all);
            AddPatternVars(ev.Key, inner);
            AddPatternVars(ev.Value, inner);
            return ev with { Body = ReorderAll(ev.Body, inner) };
        }
        return e;
    }

    private IReadOnlyList<Expr> ReorderAll(IReadOnlyList<Expr> body, HashSet<string> bound) => Reorder(body, bound);

    private static void AddPatternVars(Term? t, HashSet<string> set)
    {
        if (t is null) return;
        var v = new ExprVars();
        Collect(t, true, v);
        set.UnionWith(v.Outs);
    }

    internal ExprVars Analyze(Expr e)
    {
        var v = new ExprVars();
        switch (e)
        {
            case TermExpr { Term: CallTerm { Name: "eq" or "assign" } c }:
                Collect(c.Args[0], true, v);
                Collect(c.Args[1], true, v);
                break;
            case TermExpr { Term: CallTerm c } when c.Name is not ("$and" or "$or" or "$not"):
                var arity = arityOf(c.Name);
                for (var i = 0; i < c.Args.Count; i++)
                    Collect(c.Args[i], arity is { } a && i == a, v);
                break;
            case TermExpr te:
                Collect(te.Term, false, v);
                break;
            case SomeInExpr si:
                Collect(si.Collection, false, v);
                if (si.Key is not null) Collect(si.Key, true, v);
                Collect(si.Value, true, v);
                break;
            case EveryExpr ev:
                Collect(ev.Collection, false, v);
                var inner = new ExprVars();
                foreach (var x in ev.Body) { var a = Analyze(x); inner.Needs.UnionWith(a.Needs); inner.Needs.UnionWith(a.Outs); }
                v.Needs.UnionWith(inner.Needs);
                break;
        }
        foreach (var w in e.With) Collect(w.Value, false, v);
        if (e.Negated || e is EveryExpr)
        {
            v.Needs.UnionWith(v.Outs);
            v.StrictNeeds.UnionWith(v.Needs);
            v.Outs.Clear();
        }
        return v;
    }

    private static void Collect(Term t, bool pattern, ExprVars v)
    {
        switch (t)
        {
            case VarTerm var:
                if (var.Name is "data" or "input") return;
                if (pattern) v.Outs.Add(var.Name);
                else { v.Needs.Add(var.Name); v.StrictNeeds.Add(var.Name); }
                break;
            case RefTerm r:
                if (r.Head is VarTerm hv) { if (hv.Name is not ("data" or "input")) { v.Needs.Add(hv.Name); v.StrictNeeds.Add(hv.Name); } }
                else Collect(r.Head, false, v);
                foreach (var p in r.Path) Collect(p, true, v);
                break;
            case ArrayTerm a:
                foreach (var x in a.Items) Collect(x, pattern, v);
                break;
            case SetTerm s:
                foreach (var x in s.Items) Collect(x, false, v);
                break;
            case ObjectTerm o:
                foreach (var (k, val) in o.Items) { Collect(k, false, v); Collect(val, pattern, v); }
                break;
            case CallTerm c:
                foreach (var x in c.Args) Collect(x, false, v);
                break;
            case ArrayComprehension or SetComprehension or ObjectComprehension or QueryBlockTerm or TemplateTerm:
                foreach (var name in ClosureVars(t)) { v.Needs.Add(name); v.StrictNeeds.Add(name); }
                break;
        }
    }

    private static IEnumerable<string> ClosureVars(Term t)
    {
        var set = new HashSet<string>();
        Walk(t, set);
        return set;
    }

    private static void Walk(object node, HashSet<string> set)
    {
        switch (node)
        {
            case VarTerm v: set.Add(v.Name); break;
            case RefTerm r: Walk(r.Head, set); foreach (var p in r.Path) Walk(p, set); break;
            case ArrayTerm a: foreach (var x in a.Items) Walk(x, set); break;
            case SetTerm s: foreach (var x in s.Items) Walk(x, set); break;
            case ObjectTerm o: foreach (var (k, x) in o.Items) { Walk(k, set); Walk(x, set); } break;
            case CallTerm c: foreach (var x in c.Args) Walk(x, set); break;
            case ArrayComprehension ac: Walk(ac.Head, set); foreach (var e in ac.Body) Walk(e, set); break;
            case SetComprehension sc: Walk(sc.Head, set); foreach (var e in sc.Body) Walk(e, set); break;
            case ObjectComprehension oc: Walk(oc.Key, set); Walk(oc.Value, set); foreach (var e in oc.Body) Walk(e, set); break;
            case QueryBlockTerm qb: foreach (var e in qb.Body) Walk(e, set); break;
            case TemplateTerm tt: foreach (var p in tt.Parts) if (p is Expr e) Walk(e, set); break;
            case TermExpr te: Walk(te.Term, set); break;
            case SomeInExpr si: if (si.Key is not null) Walk(si.Key, set); Walk(si.Value, set); Walk(si.Collection, set); break;
            case EveryExpr ev: Walk(ev.Collection, set); foreach (var e in ev.Body) Walk(e, set); break;
        }
        if (node is Expr ex) foreach (var w in ex.With) Walk(w.Value, set);
    }
}
