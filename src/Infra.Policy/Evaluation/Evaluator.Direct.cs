using Infra.Policy.Ast;
using Infra.Policy.Builtins;
using Infra.Policy.Compilation;
using Infra.Policy.Values;

namespace Infra.Policy.Evaluation;

// Terms that have at most one value under the current bindings (no variable to enumerate, no relation, no mock) are
// evaluated straight to that value, without a continuation closure per step. The shape check runs first and looks at
// the terms and bindings only, so a term is either evaluated here or entirely by the backtracking path, never both.
internal sealed partial class Evaluator
{
    /// <summary>How a call resolves when no <c>with</c> mock replaces it.</summary>
    private sealed record CallTarget(string Name, BuiltinDef? Builtin, RuleNode? Function, int Arity);

    private readonly Dictionary<CallTerm, CallTarget?> _callTargets = new(ReferenceEqualityComparer.Instance);

    /// <summary>True when <paramref name="t"/> yields at most one value without enumerating anything.</summary>
    private bool CanDirect(Term t, Bindings b)
    {
        switch (t)
        {
            case ScalarTerm:
                return true;
            case VarTerm v:
                return v.Name != "data" || b.IsBound("data");
            case RefTerm r:
                if (r.Head is not VarTerm && !CanDirect(r.Head, b)) return false;
                foreach (var p in r.Path)
                {
                    if (HasFreeVars(p, b) || !CanDirect(p, b)) return false;
                }
                return true;
            case CallTerm c:
                {
                    var target = DirectCallTarget(c);
                    if (target is null) return false;
                    foreach (var a in c.Args)
                    {
                        if (HasFreeVars(a, b) || !CanDirect(a, b)) return false;
                    }
                    return true;
                }
            case ArrayTerm a:
                return AllDirect(a.Items, b);
            case SetTerm s:
                return AllDirect(s.Items, b);
            case ObjectTerm o:
                foreach (var (key, val) in o.Items)
                {
                    if (!CanDirect(key, b) || !CanDirect(val, b)) return false;
                }
                return true;
            case ArrayComprehension or SetComprehension or ObjectComprehension or TemplateTerm or QueryBlockTerm:
                return true;
            default:
                return false;
        }
    }

    private bool AllDirect(IReadOnlyList<Term> terms, Bindings b)
    {
        foreach (var t in terms)
        {
            if (!CanDirect(t, b)) return false;
        }
        return true;
    }

    /// <summary>The value of a term that passed <see cref="CanDirect"/>; null when undefined.</summary>
    private Value? EvalDirect(Term t, Bindings b)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (t)
        {
            case ScalarTerm s:
                return s.Value;
            case VarTerm v:
                return b.Get(v.Name) ?? (v.Name == "input" ? _ctx.Input : null);
            case RefTerm r:
                return RefDirect(r, b);
            case CallTerm c:
                return CallDirect(c, b);
            case ArrayTerm a:
                {
                    var items = ListDirect(a.Items, b);
                    return items is null ? null : new ArrayValue(items);
                }
            case SetTerm s:
                {
                    var items = ListDirect(s.Items, b);
                    return items is null ? null : SetValue.Of(items);
                }
            case ObjectTerm o:
                {
                    var map = new Dictionary<Value, Value>(o.Items.Count);
                    foreach (var (keyTerm, valTerm) in o.Items)
                    {
                        var key = EvalDirect(keyTerm, b);
                        if (key is null) return null;
                        var val = EvalDirect(valTerm, b);
                        if (val is null) return null;
                        map[key] = val;
                    }
                    return new ObjectValue(map);
                }
            case ArrayComprehension ac:
                return BuildArray(ac, b);
            case SetComprehension sc:
                return BuildSet(sc, b);
            case ObjectComprehension oc:
                return BuildObject(oc, b);
            case TemplateTerm tt:
                return new StringValue(RenderTemplate(tt, b));
            case QueryBlockTerm qb:
                return Exists(qb.Body, b) ? BoolValue.True : null;
            default:
                throw new InvalidOperationException($"term {t.GetType().Name} has no direct value");
        }
    }

    private Value[]? ListDirect(IReadOnlyList<Term> terms, Bindings b)
    {
        var items = new Value[terms.Count];
        for (var i = 0; i < items.Length; i++)
        {
            var v = EvalDirect(terms[i], b);
            if (v is null) return null;
            items[i] = v;
        }
        return items;
    }

    private Value? RefDirect(RefTerm r, Bindings b)
    {
        switch (r.Head)
        {
            case VarTerm { Name: "data" } when !b.IsBound("data"):
                return DataDirect(r.Path, b);
            case VarTerm { Name: "input" } when !b.IsBound("input"):
                return _ctx.Input is null ? null : IndexDirect(_ctx.Input, r.Path, 0, b, fromData: false);
            case VarTerm v:
                var bound = b.Get(v.Name);
                return bound is null ? null : IndexDirect(bound, r.Path, 0, b, fromData: false);
            default:
                var head = EvalDirect(r.Head, b);
                return head is null ? null : IndexDirect(head, r.Path, 0, b, fromData: false);
        }
    }

    private Value? IndexDirect(Value cur, IReadOnlyList<Term> path, int i, Bindings b, bool fromData)
    {
        for (; i < path.Count; i++)
        {
            var key = EvalDirect(path[i], b);
            if (key is null) return null;
            var next = Lookup(cur, key);
            // Base documents come from JSON, so a number in a data ref also matches the key's text.
            if (next is null && fromData && key is NumberValue n && cur is ObjectValue o) next = o.Get(new StringValue(n.ToJsonText()));
            if (next is null) return null;
            cur = next;
        }
        return cur;
    }

    /// <summary>The same walk as <see cref="WalkData"/> for a path without variables to enumerate.</summary>
    private Value? DataDirect(IReadOnlyList<Term> path, Bindings b)
    {
        var node = _program.Root;
        for (var i = 0; ; i++)
        {
            if (_ctx.IsMasked(node.Path))
            {
                var masked = _ctx.BaseLookup(node.Path);
                return masked is null ? null : IndexDirect(masked, path, i, b, fromData: true);
            }
            if (node.Rules.Count > 0)
            {
                if (node.HasFunctions) return null;
                var v = NodeValue(node);
                return v is null ? null : IndexDirect(v, path, i, b, fromData: false);
            }
            if (i == path.Count) return NodeValue(node);
            var key = EvalDirect(path[i], b);
            if (key is null) return null;
            if (node.Children.TryGetValue(key, out var child))
            {
                node = child;
                continue;
            }
            var baseValue = _ctx.BaseLookup([.. node.Path, key]);
            if (baseValue is null && key is NumberValue n)
            {
                var text = new StringValue(n.ToJsonText());
                if (node.Children.TryGetValue(text, out var textChild))
                {
                    node = textChild;
                    continue;
                }
                baseValue = _ctx.BaseLookup([.. node.Path, text]);
            }
            return baseValue is null ? null : IndexDirect(baseValue, path, i + 1, b, fromData: true);
        }
    }

    /// <summary>The builtin or user function a call runs when it has no output argument and nothing mocks it; null otherwise.</summary>
    private CallTarget? DirectCallTarget(CallTerm c)
    {
        if (!_callTargets.TryGetValue(c, out var target))
        {
            target = ResolveCallTarget(c);
            _callTargets[c] = target;
        }
        if (target is null || target.Arity != c.Args.Count) return null;
        if (_ctx.FunctionMocks.Count > 0 && _ctx.FunctionMocks.ContainsKey(target.Name)) return null;
        return target;
    }

    private CallTarget? ResolveCallTarget(CallTerm c)
    {
        var name = c.Name;
        if (name is "print" or "rego.metadata.chain" or "rego.metadata.rule" or "<dynamic>") return null;
        if (name.StartsWith("data.", StringComparison.Ordinal))
        {
            var node = _program.Find(name.Split('.').Skip(1).Select(s => (Value)new StringValue(s)).ToList());
            var fn = node?.Rules.FirstOrDefault(r => r.Kind == RuleKind.Function);
            return node is null || fn is null ? null : new CallTarget(name, null, node, fn.Args!.Count);
        }
        var def = _builtins.Get(name);
        if (def is null || def.Relation is not null) return null;
        return new CallTarget(name, def, null, def.Arity < 0 ? c.Args.Count : def.Arity);
    }

    private Value? CallDirect(CallTerm c, Bindings b)
    {
        var target = DirectCallTarget(c)!;
        var args = new Value[c.Args.Count];
        for (var i = 0; i < args.Length; i++)
        {
            var v = EvalDirect(c.Args[i], b);
            if (v is null) return null;
            args[i] = v;
        }
        return target.Function is { } node ? CallFunction(node, args, c.Span) : InvokeBuiltin(target.Builtin!, args, c.Span);
    }
}
