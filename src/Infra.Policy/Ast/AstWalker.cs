namespace Infra.Policy.Ast;

/// <summary>Enumerates every term below a rule, expression or term (depth first).</summary>
internal static class AstWalker
{
    public static IEnumerable<Term> Terms(object node)
    {
        var stack = new Stack<object>();
        stack.Push(node);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            if (n is Term t) yield return t;
            foreach (var child in Children(n)) stack.Push(child);
        }
    }

    /// <summary>The first term nested more than <paramref name="limit"/> levels below <paramref name="node"/>, or null.</summary>
    public static Term? FirstDeeperThan(object node, int limit)
    {
        var stack = new Stack<(object Node, int Depth)>();
        stack.Push((node, 0));
        while (stack.Count > 0)
        {
            var (n, depth) = stack.Pop();
            if (depth > limit && n is Term t) return t;
            foreach (var child in Children(n)) stack.Push((child, depth + 1));
        }
        return null;
    }

    private static IEnumerable<object> Children(object n)
    {
        switch (n)
        {
            case Rule r:
                foreach (var e in r.Body) yield return e;
                if (r.Key is not null) yield return r.Key;
                if (r.Value is not null) yield return r.Value;
                foreach (var p in r.Path) yield return p;
                if (r.Args is not null) foreach (var a in r.Args) yield return a;
                if (r.Else is not null) yield return r.Else;
                break;
            case RefTerm rt: yield return rt.Head; foreach (var p in rt.Path) yield return p; break;
            case CallTerm c: foreach (var a in c.Args) yield return a; break;
            case ArrayTerm a: foreach (var x in a.Items) yield return x; break;
            case SetTerm s: foreach (var x in s.Items) yield return x; break;
            case ObjectTerm o: foreach (var (k, v) in o.Items) { yield return k; yield return v; } break;
            case ArrayComprehension ac: yield return ac.Head; foreach (var e in ac.Body) yield return e; break;
            case SetComprehension sc: yield return sc.Head; foreach (var e in sc.Body) yield return e; break;
            case ObjectComprehension oc: yield return oc.Key; yield return oc.Value; foreach (var e in oc.Body) yield return e; break;
            case QueryBlockTerm qb: foreach (var e in qb.Body) yield return e; break;
            case TemplateTerm tt: foreach (var p in tt.Parts) if (p is Expr pe) yield return pe; break;
            case Expr e:
                foreach (var w in e.With) yield return w.Value;
                switch (e)
                {
                    case TermExpr te: yield return te.Term; break;
                    case SomeInExpr si: if (si.Key is not null) yield return si.Key; yield return si.Value; yield return si.Collection; break;
                    case EveryExpr ev: if (ev.Key is not null) yield return ev.Key; yield return ev.Value; yield return ev.Collection; foreach (var x in ev.Body) yield return x; break;
                }
                break;
        }
    }
}
