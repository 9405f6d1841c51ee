using Infra.Policy.Ast;
using Infra.Policy.Compilation;
using Infra.Policy.Values;

namespace Infra.Policy.Evaluation;

internal sealed partial class Evaluator
{
    private bool EvalRef(RefTerm r, Bindings b, Func<Value, bool> k)
    {
        switch (r.Head)
        {
            case VarTerm { Name: "data" } when !b.IsBound("data"):
                return WalkData(_program.Root, r.Path, 0, b, k);
            case VarTerm { Name: "input" } when !b.IsBound("input"):
                return _ctx.Input is null || IndexValue(_ctx.Input, r.Path, 0, b, k);
            case VarTerm v:
                var bound = b.Get(v.Name);
                return bound is null || IndexValue(bound, r.Path, 0, b, k);
            default:
                return EvalTerm(r.Head, b, hv => IndexValue(hv, r.Path, 0, b, k));
        }
    }

    private bool IndexValue(Value cur, IReadOnlyList<Term> path, int i, Bindings b, Func<Value, bool> k, bool fromData = false)
    {
        if (i == path.Count) return k(cur);
        var p = path[i];
        if (HasFreeVars(p, b))
        {
            return Enumerate(cur, (key, val) => UnifyValue(p, key, b, () => IndexValue(val, path, i + 1, b, k, fromData)));
        }
        return EvalTerm(p, b, key =>
        {
            var next = Lookup(cur, key);
            // Base documents come from JSON, so a number in a data ref also matches the key's text.
            if (next is null && fromData && key is NumberValue n && cur is ObjectValue o) next = o.Get(new StringValue(n.ToJsonText()));
            return next is null || IndexValue(next, path, i + 1, b, k, fromData);
        });
    }

    internal static Value? Lookup(Value cur, Value key)
    {
        switch (cur)
        {
            case ObjectValue o: return o.Get(key);
            case ArrayValue a:
                if (key is NumberValue n && n.TryGetInt64(out var idx) && idx >= 0 && idx < a.Count) return a.Items[(int)idx];
                return null;
            case SetValue s: return s.Contains(key) ? key : null;
            default: return null;
        }
    }

    /// <summary>Walks the rule tree along a <c>data</c> ref, falling back to base data where no rules are defined.</summary>
    private bool WalkData(RuleNode node, IReadOnlyList<Term> path, int i, Bindings b, Func<Value, bool> k)
    {
        if (_ctx.IsMasked(node.Path))
        {
            var masked = _ctx.BaseLookup(node.Path);
            return masked is null || IndexValue(masked, path, i, b, k, fromData: true);
        }
        if (node.Rules.Count > 0)
        {
            if (node.HasFunctions) return true;
            var v = NodeValue(node);
            return v is null || IndexValue(v, path, i, b, k);
        }
        if (i == path.Count)
        {
            var v = NodeValue(node);
            return v is null || k(v);
        }
        var p = path[i];
        if (HasFreeVars(p, b))
        {
            var keys = new List<Value>(node.Children.Keys);
            if (_ctx.BaseLookup(node.Path) is ObjectValue baseObj)
            {
                foreach (var key in baseObj.SortedKeys)
                {
                    if (!node.Children.ContainsKey(key)) keys.Add(key);
                }
            }
            foreach (var key in keys)
            {
                var cont = UnifyValue(p, key, b, () => StepInto(node, key, path, i, b, k));
                if (!cont) return false;
            }
            return true;
        }
        return EvalTerm(p, b, key => StepInto(node, key, path, i, b, k));
    }

    private bool StepInto(RuleNode node, Value key, IReadOnlyList<Term> path, int i, Bindings b, Func<Value, bool> k)
    {
        if (node.Children.TryGetValue(key, out var child)) return WalkData(child, path, i + 1, b, k);
        var baseValue = _ctx.BaseLookup([.. node.Path, key]);
        if (baseValue is null && key is NumberValue n)
        {
            // Base documents come from JSON, so a number in a data ref also matches the key's text.
            var text = new StringValue(n.ToJsonText());
            if (node.Children.TryGetValue(text, out var textChild)) return WalkData(textChild, path, i + 1, b, k);
            baseValue = _ctx.BaseLookup([.. node.Path, text]);
        }
        return baseValue is null || IndexValue(baseValue, path, i + 1, b, k, fromData: true);
    }
}
