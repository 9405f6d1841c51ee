using System.Text;
using Infra.Policy.Ast;
using Infra.Policy.Values;

namespace Infra.Policy.Evaluation;

internal sealed partial class Evaluator
{
    private bool EvalTerm(Term t, Bindings b, Func<Value, bool> k)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        if (t is not (ScalarTerm or VarTerm) && CanDirect(t, b))
        {
            var direct = EvalDirect(t, b);
            return direct is null || k(direct);
        }
        switch (t)
        {
            case ScalarTerm s:
                return k(s.Value);
            case VarTerm v:
                {
                    var bound = b.Get(v.Name);
                    if (bound is not null) return k(bound);
                    if (v.Name == "input") return _ctx.Input is null || k(_ctx.Input);
                    if (v.Name == "data") return WalkData(_program.Root, [], 0, b, k);
                    return true;
                }
            case RefTerm r:
                return EvalRef(r, b, k);
            case CallTerm c:
                return EvalCall(c, b, k);
            case ArrayTerm a:
                return EvalList(a.Items, 0, new Value[a.Items.Count], b, items => k(new ArrayValue(items.ToArray())));
            case SetTerm s:
                return EvalList(s.Items, 0, new Value[s.Items.Count], b, items => k(SetValue.Of(items)));
            case ObjectTerm o:
                {
                    var flat = new List<Term>(o.Items.Count * 2);
                    foreach (var (key, val) in o.Items)
                    {
                        flat.Add(key);
                        flat.Add(val);
                    }
                    return EvalList(flat, 0, new Value[flat.Count], b, items =>
                    {
                        var map = new Dictionary<Value, Value>(o.Items.Count);
                        for (var i = 0; i < items.Length; i += 2) map[items[i]] = items[i + 1];
                        return k(new ObjectValue(map));
                    });
                }
            case ArrayComprehension ac:
                return k(BuildArray(ac, b));
            case SetComprehension sc:
                return k(BuildSet(sc, b));
            case ObjectComprehension oc:
                return k(BuildObject(oc, b));
            case TemplateTerm tt:
                return k(new StringValue(RenderTemplate(tt, b)));
            case QueryBlockTerm qb:
                return !Exists(qb.Body, b) || k(BoolValue.True);
            default:
                return true;
        }
    }

    private ArrayValue BuildArray(ArrayComprehension ac, Bindings b)
    {
        var list = new List<Value>();
        var mark = b.Mark;
        EvalBody(ac.Body, 0, b, () => EvalTerm(ac.Head, b, v =>
        {
            list.Add(v);
            return true;
        }));
        b.Undo(mark);
        return new ArrayValue(list.ToArray());
    }

    private SetValue BuildSet(SetComprehension sc, Bindings b)
    {
        var set = new HashSet<Value>();
        var mark = b.Mark;
        EvalBody(sc.Body, 0, b, () => CollectInto(set, sc.Head, b));
        b.Undo(mark);
        return SetValue.OfDistinct(set);
    }

    private ObjectValue BuildObject(ObjectComprehension oc, Bindings b)
    {
        var map = new Dictionary<Value, Value>();
        var mark = b.Mark;
        EvalBody(oc.Body, 0, b, () => EvalTerm(oc.Key, b, key => EvalTerm(oc.Value, b, val =>
        {
            if (map.TryGetValue(key, out var existing) && !existing.Equals(val))
                throw Conflict(oc.Span, "object keys must be unique");
            map[key] = val;
            return true;
        })));
        b.Undo(mark);
        return new ObjectValue(map);
    }

    /// <summary>Adds the values of <paramref name="head"/> to <paramref name="set"/>; a single value needs no continuation.</summary>
    private bool CollectInto(HashSet<Value> set, Term head, Bindings b)
    {
        if (CanDirect(head, b))
        {
            if (EvalDirect(head, b) is { } v) set.Add(v);
            return true;
        }
        return EvalTerm(head, b, v =>
        {
            set.Add(v);
            return true;
        });
    }

    private bool EvalList(IReadOnlyList<Term> terms, int i, Value[] acc, Bindings b, Func<Value[], bool> k)
    {
        if (i == terms.Count) return k(acc);
        return EvalTerm(terms[i], b, v =>
        {
            acc[i] = v;
            return EvalList(terms, i + 1, acc, b, k);
        });
    }

    private string RenderTemplate(TemplateTerm tt, Bindings b)
    {
        var sb = new StringBuilder();
        foreach (var part in tt.Parts)
        {
            if (part is string s)
            {
                sb.Append(s);
                continue;
            }
            var e = (Expr)part;
            var values = new List<Value>();
            var mark = b.Mark;
            if (e is TermExpr { Term: var term } && !e.Negated && term is not CallTerm { Name: "eq" or "assign" or "$and" or "$or" or "$not" })
            {
                void Collect() => EvalTerm(term, b, v =>
                {
                    if (!values.Contains(v)) values.Add(v);
                    return true;
                });
                if (e.With.Count == 0) Collect();
                else UnderWith(e.With, b, Collect);
            }
            else
            {
                EvalExpr(e, b, () =>
                {
                    if (!values.Contains(BoolValue.True)) values.Add(BoolValue.True);
                    return true;
                });
                if (values.Count == 0 && e.Negated) values.Add(BoolValue.False);
            }
            b.Undo(mark);
            if (values.Count > 1) throw Conflict(e.Span, "template-strings must not produce multiple outputs");
            if (values.Count == 0) sb.Append("<undefined>");
            else sb.Append(values[0] is StringValue sv ? sv.Value : values[0].ToString());
        }
        return sb.ToString();
    }
}
