using Infra.Policy.Ast;

namespace Infra.Policy.Compilation;

/// <summary>Reorders the bodies of comprehensions and query blocks nested in an expression, as OPA does for every body.</summary>
internal sealed class NestedBodyOrder(BodyReorderer reorderer)
{
    public Expr Apply(Expr e, ISet<string> bound)
    {
        var withs = e.With.Select(w => w with { Value = Term(w.Value, bound) }).ToList();
        Expr result = e switch
        {
            TermExpr te => te with { Term = Term(te.Term, bound) },
            SomeInExpr si => si with { Collection = Term(si.Collection, bound) },
            EveryExpr ev => ev with { Collection = Term(ev.Collection, bound), Body = ev.Body.Select(x => Apply(x, bound)).ToList() },
            _ => e,
        };
        return withs.Count == 0 ? result : result with { With = withs };
    }

    private IReadOnlyList<Expr> Body(IReadOnlyList<Expr> body, ISet<string> bound)
        => reorderer.Reorder(body.Select(x => Apply(x, bound)).ToList(), bound);

    private Term Term(Term t, ISet<string> bound) => t switch
    {
        ArrayComprehension ac => ac with { Body = Body(ac.Body, bound), Head = Term(ac.Head, bound) },
        SetComprehension sc => sc with { Body = Body(sc.Body, bound), Head = Term(sc.Head, bound) },
        ObjectComprehension oc => oc with { Body = Body(oc.Body, bound), Key = Term(oc.Key, bound), Value = Term(oc.Value, bound) },
        QueryBlockTerm qb => qb with { Body = Body(qb.Body, bound) },
        RefTerm r => r with { Head = Term(r.Head, bound), Path = r.Path.Select(p => Term(p, bound)).ToList() },
        CallTerm c => c with { Args = c.Args.Select(a => Term(a, bound)).ToList() },
        ArrayTerm a => a with { Items = a.Items.Select(x => Term(x, bound)).ToList() },
        SetTerm s => s with { Items = s.Items.Select(x => Term(x, bound)).ToList() },
        ObjectTerm o => o with { Items = o.Items.Select(kv => (Term(kv.Key, bound), Term(kv.Value, bound))).ToList() },
        TemplateTerm tt => tt with { Parts = tt.Parts.Select(p => p is Expr pe ? (object)Apply(pe, bound) : p).ToList() },
        _ => t,
    };
}
