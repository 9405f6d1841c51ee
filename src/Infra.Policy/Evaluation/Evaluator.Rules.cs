using Infra.Policy.Ast;
using Infra.Policy.Compilation;
using Infra.Policy.Values;

namespace Infra.Policy.Evaluation;

internal sealed partial class Evaluator
{
    /// <summary>The full value of the document at <paramref name="node"/>, memoized per context.</summary>
    private Value? NodeValue(RuleNode node)
    {
        if (_ctx.IsMasked(node.Path)) return _ctx.BaseLookup(node.Path);
        if (_ctx.Memo.TryGetValue(node, out var memo)) return memo;
        if (!_ctx.InProgress.Add(node))
            throw new RegoEvalException(new Diagnostic("rego_recursion_error", $"rule {node.PathText} is recursive", node.Rules.FirstOrDefault()?.Span ?? SourceSpan.None));
        try
        {
            var v = ApplyDeeperOverrides(node, ComputeNodeValue(node));
            _ctx.Memo[node] = v;
            return v;
        }
        finally
        {
            _ctx.InProgress.Remove(node);
        }
    }

    // `with data.a.b.c as v` where rules are defined at data.a.b: the replaced part of the rule's value is overridden.
    private Value? ApplyDeeperOverrides(RuleNode node, Value? value)
    {
        if (value is null || _ctx.Masks.Count == 0 || node.Rules.Count == 0) return value;
        foreach (var mask in _ctx.Masks)
        {
            if (mask.Count <= node.Path.Count || !node.Path.Select((p, i) => p.Equals(mask[i])).All(x => x)) continue;
            if (_ctx.BaseLookup(mask) is { } replacement) value = Upsert(value, mask.Skip(node.Path.Count).ToList(), 0, replacement);
        }
        return value;
    }

    private Value? ComputeNodeValue(RuleNode node)
    {
        if (node.HasFunctions) return null;
        var complete = new List<Rule>();
        var multi = new List<Rule>();
        var suffixed = new List<Rule>();
        foreach (var r in node.Rules)
        {
            if (node.Suffix[r].Count > 0) suffixed.Add(r);
            else if (r.Kind == RuleKind.MultiValue) multi.Add(r);
            else complete.Add(r);
        }
        if (complete.Count > 0) return EvalComplete(complete);
        if (multi.Count > 0 && suffixed.Count == 0 && node.Children.Count == 0) return EvalMulti(multi);
        var builder = new ObjectBuilder();
        if (_ctx.BaseLookup(node.Path) is ObjectValue baseObj) builder.MergeBase(baseObj);
        foreach (var (key, child) in node.Children)
        {
            var cv = NodeValue(child);
            if (cv is not null) builder.PutUnderBase(key, cv, child.Rules.FirstOrDefault()?.Span ?? SourceSpan.None);
        }
        foreach (var r in suffixed) EvalSuffixed(r, node.Suffix[r], builder);
        return builder.Build();
    }

    private Value? EvalComplete(List<Rule> rules)
    {
        Value? result = null;
        Rule? def = null;
        foreach (var r in rules)
        {
            if (r.IsDefault)
            {
                def = r;
                continue;
            }
            foreach (var v in EvalRuleChain(r, null))
            {
                if (result is null) result = v;
                else if (!result.Equals(v)) throw Conflict(r.Span, "complete rules must not produce multiple outputs");
            }
        }
        if (result is null && def is not null)
        {
            EvalTerm(def.Value!, new Bindings(), v =>
            {
                result = v;
                return false;
            });
        }
        return result;
    }

    /// <summary>Distinct values of a rule (or function with bound <paramref name="args"/>), falling through its else chain.</summary>
    private List<Value> EvalRuleChain(Rule r, Value[]? args)
    {
        var saved = _currentRule;
        _currentRule = r;
        try
        {
            return EvalRuleChainCore(r, args);
        }
        finally
        {
            _currentRule = saved;
        }
    }

    private List<Value> EvalRuleChainCore(Rule r, Value[]? args)
    {
        var values = new List<Value>();
        for (var cur = r; cur is not null; cur = cur.Else)
        {
            var b = new Bindings();
            var constant = cur.Value is null or ScalarTerm;
            var rule = cur;
            BindArgs(rule, args, 0, b, () => EvalBody(rule.Body, 0, b, () => EvalTerm(rule.Value ?? TrueTerm, b, v =>
            {
                if (!values.Contains(v)) values.Add(v);
                return !constant;
            })));
            if (values.Count > 0) return values;
        }
        return values;
    }

    private static readonly ScalarTerm TrueTerm = new(SourceSpan.None, BoolValue.True);

    private bool BindArgs(Rule r, Value[]? args, int i, Bindings b, Func<bool> k)
    {
        if (args is null || r.Args is null || i == r.Args.Count) return k();
        return UnifyValue(r.Args[i], args[i], b, () => BindArgs(r, args, i + 1, b, k));
    }

    private SetValue EvalMulti(List<Rule> rules)
    {
        var saved = _currentRule;
        try
        {
            return EvalMultiCore(rules);
        }
        finally
        {
            _currentRule = saved;
        }
    }

    private SetValue EvalMultiCore(List<Rule> rules)
    {
        var set = new HashSet<Value>();
        foreach (var r in rules)
        {
            var b = new Bindings();
            _currentRule = r;
            EvalBody(r.Body, 0, b, () => CollectInto(set, r.Key!, b));
        }
        return SetValue.OfDistinct(set);
    }

    private void EvalSuffixed(Rule r, IReadOnlyList<Term> suffix, ObjectBuilder builder)
    {
        var saved = _currentRule;
        try
        {
            EvalSuffixedCore(r, suffix, builder);
        }
        finally
        {
            _currentRule = saved;
        }
    }

    private void EvalSuffixedCore(Rule r, IReadOnlyList<Term> suffix, ObjectBuilder builder)
    {
        if (r.IsDefault) return;
        var b = new Bindings();
        _currentRule = r;
        var multi = r.Kind == RuleKind.MultiValue;
        EvalBody(r.Body, 0, b, () => EvalList(suffix, 0, new Value[suffix.Count], b, keys =>
        {
            var path = keys.ToArray();
            if (multi)
            {
                return EvalTerm(r.Key!, b, member =>
                {
                    builder.Insert(path, 0, SetValue.Of([member]), r.Span, merge: true);
                    return true;
                });
            }
            return EvalTerm(r.Value ?? TrueTerm, b, v =>
            {
                builder.Insert(path, 0, v, r.Span);
                return true;
            });
        }));
    }

    /// <summary>Calls a user function; null when undefined.</summary>
    private Value? CallFunction(RuleNode node, Value[] args, SourceSpan at)
    {
        var key = (node, (Value)new ArrayValue(args));
        if (_ctx.FunctionMemo.TryGetValue(key, out var memo)) return memo;
        Value? result = null;
        Rule? def = null;
        foreach (var r in node.Rules)
        {
            if (r.Kind != RuleKind.Function) continue;
            if (r.IsDefault)
            {
                def = r;
                continue;
            }
            if (r.Args!.Count != args.Length) continue;
            foreach (var v in EvalRuleChain(r, args))
            {
                if (result is null) result = v;
                else if (!result.Equals(v)) throw Conflict(at, "functions must not produce multiple outputs for same inputs");
            }
        }
        if (result is null && def is not null)
        {
            var b = new Bindings();
            BindArgs(def, args, 0, b, () => EvalTerm(def.Value!, b, v =>
            {
                result = v;
                return false;
            }));
        }
        _ctx.FunctionMemo[key] = result;
        return result;
    }
}
