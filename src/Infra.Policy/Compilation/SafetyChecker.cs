using Infra.Policy.Ast;

namespace Infra.Policy.Compilation;

/// <summary>
/// Reports variables that can never be bound (OPA's <c>rego_unsafe_var_error</c>): a variable read before any
/// expression binds it, or a head variable the body never binds. Runs on bodies after reordering.
/// </summary>
internal sealed class SafetyChecker(Func<string, int?> arityOf, IReadOnlySet<string> globals)
{
    private readonly List<Diagnostic> _errors = new();

    public IReadOnlyList<Diagnostic> Errors => _errors;

    public void CheckRule(Rule r)
    {
        var bound = new HashSet<string>();
        if (r.Args is not null)
        {
            foreach (var a in r.Args) PatternVars(a, bound);
        }
        CheckBody(r.Body, bound);
        var head = new List<Term>();
        if (r.Key is not null) head.Add(r.Key);
        if (r.Value is not null) head.Add(r.Value);
        head.AddRange(r.Path.Skip(1));
        foreach (var t in head)
        {
            var e = new TermExpr(t.Span, t);
            CheckExprNeeds(e, bound, new HashSet<string>());
        }
        if (r.Else is not null) CheckRule(r.Else);
    }

    public void CheckQuery(IReadOnlyList<Expr> body) => CheckBody(body, new HashSet<string>());

    private void CheckBody(IReadOnlyList<Expr> body, HashSet<string> bound)
    {
        var scope = new HashSet<string>(bound);
        foreach (var e in body)
        {
            var outs = new HashSet<string>();
            CheckExprNeeds(e, scope, outs);
            if (!e.Negated) scope.UnionWith(outs);
        }
        bound.UnionWith(scope);
    }

    /// <summary>Checks the variables an expression reads; collects those it binds into <paramref name="outs"/>.</summary>
    private void CheckExprNeeds(Expr e, HashSet<string> bound, HashSet<string> outs)
    {
        var needs = new List<VarTerm>();
        var nested = new List<(object Node, HashSet<string> Extra)>();
        switch (e)
        {
            case TermExpr { Term: CallTerm { Name: "eq" or "assign" } c }:
                Collect(c.Args[0], true, needs, outs, nested);
                Collect(c.Args[1], true, needs, outs, nested);
                break;
            case TermExpr { Term: CallTerm c } when c.Name is not ("$and" or "$or" or "$not"):
                var arity = arityOf(c.Name);
                for (var i = 0; i < c.Args.Count; i++) Collect(c.Args[i], arity is { } a && i == a, needs, outs, nested);
                break;
            case TermExpr te:
                Collect(te.Term, false, needs, outs, nested);
                break;
            case SomeInExpr si:
                Collect(si.Collection, false, needs, outs, nested);
                if (si.Key is not null) Collect(si.Key, true, needs, outs, nested);
                Collect(si.Value, true, needs, outs, nested);
                break;
            case EveryExpr ev:
                Collect(ev.Collection, false, needs, outs, nested);
                var inner = new HashSet<string>();
                if (ev.Key is not null) PatternVars(ev.Key, inner);
                PatternVars(ev.Value, inner);
                nested.Add((ev.Body, inner));
                break;
        }
        foreach (var w in e.With)
        {
            // A function name used as a replacement is not a variable.
            if (TermNames.DottedName(w.Value) is { } fn && arityOf(fn) is not null) continue;
            Collect(w.Value, false, needs, outs, nested);
        }
        foreach (var v in needs)
        {
            if (!bound.Contains(v.Name) && !outs.Contains(v.Name)) Report(v);
        }
        var after = new HashSet<string>(bound);
        after.UnionWith(outs);
        foreach (var (node, extra) in nested)
        {
            var scope = new HashSet<string>(after);
            scope.UnionWith(extra);
            CheckNested(node, scope);
        }
    }

    private void CheckNested(object node, HashSet<string> bound)
    {
        switch (node)
        {
            case IReadOnlyList<Expr> body: CheckBody(body, bound); break;
            case ArrayComprehension ac: CheckBody(ac.Body, bound); CheckExprNeeds(new TermExpr(ac.Head.Span, ac.Head), bound, new HashSet<string>()); break;
            case SetComprehension sc: CheckBody(sc.Body, bound); CheckExprNeeds(new TermExpr(sc.Head.Span, sc.Head), bound, new HashSet<string>()); break;
            case ObjectComprehension oc:
                CheckBody(oc.Body, bound);
                CheckExprNeeds(new TermExpr(oc.Key.Span, oc.Key), bound, new HashSet<string>());
                CheckExprNeeds(new TermExpr(oc.Value.Span, oc.Value), bound, new HashSet<string>());
                break;
            case QueryBlockTerm qb: CheckBody(qb.Body, new HashSet<string>(bound)); break;
            case Expr e: CheckExprNeeds(e, bound, new HashSet<string>()); break;
        }
    }

    private void Report(VarTerm v)
    {
        if (v.Name.Contains('$') || globals.Contains(v.Name)) return;
        if (_errors.Any(d => d.Span == v.Span)) return;
        _errors.Add(new Diagnostic("rego_unsafe_var_error", $"var {v.Name} is unsafe", v.Span));
    }

    private static void PatternVars(Term t, HashSet<string> set)
    {
        switch (t)
        {
            case VarTerm v: set.Add(v.Name); break;
            case ArrayTerm a: foreach (var x in a.Items) PatternVars(x, set); break;
            case ObjectTerm o: foreach (var (_, x) in o.Items) PatternVars(x, set); break;
        }
    }

    private static void Collect(Term t, bool pattern, List<VarTerm> needs, HashSet<string> outs, List<(object, HashSet<string>)> nested)
    {
        switch (t)
        {
            case VarTerm v:
                if (v.Name is "data" or "input") return;
                if (pattern) outs.Add(v.Name);
                else needs.Add(v);
                break;
            case RefTerm r:
                if (r.Head is VarTerm hv) { if (hv.Name is not ("data" or "input")) needs.Add(hv); }
                else Collect(r.Head, false, needs, outs, nested);
                // Variables in a ref's path (also inside array/object patterns) are bound by enumeration.
                foreach (var p in r.Path) Collect(p, true, needs, outs, nested);
                break;
            case ArrayTerm a:
                foreach (var x in a.Items) Collect(x, pattern, needs, outs, nested);
                break;
            case SetTerm s:
                foreach (var x in s.Items) Collect(x, false, needs, outs, nested);
                break;
            case ObjectTerm o:
                foreach (var (k, x) in o.Items)
                {
                    Collect(k, false, needs, outs, nested);
                    Collect(x, pattern, needs, outs, nested);
                }
                break;
            case CallTerm c:
                foreach (var x in c.Args) Collect(x, false, needs, outs, nested);
                break;
            case ArrayComprehension or SetComprehension or ObjectComprehension or QueryBlockTerm:
                nested.Add((t, new HashSet<string>()));
                break;
            case TemplateTerm tt:
                foreach (var part in tt.Parts)
                {
                    if (part is Expr e) nested.Add((e, new HashSet<string>()));
                }
                break;
        }
    }
}
