using Infra.Policy.Ast;
using Infra.Policy.Compilation;
using Infra.Policy.Values;

namespace Infra.Policy.Evaluation;

internal sealed partial class Evaluator
{
    private bool EvalWith(Expr e, Bindings b, Func<bool> k)
    {
        var inner = WithContext(e.With, b);
        if (inner is null) return true;
        var saved = _ctx;
        _ctx = inner;
        try
        {
            return EvalNegatable(e, b, () =>
            {
                _ctx = saved;
                try
                {
                    return k();
                }
                finally
                {
                    _ctx = inner;
                }
            });
        }
        finally
        {
            _ctx = saved;
        }
    }

    /// <summary>Runs <paramref name="action"/> with the modifiers applied; false when a modifier value is undefined.</summary>
    private bool UnderWith(IReadOnlyList<WithModifier> withs, Bindings b, Action action)
    {
        var inner = WithContext(withs, b);
        if (inner is null) return false;
        var saved = _ctx;
        _ctx = inner;
        try
        {
            action();
            return true;
        }
        finally
        {
            _ctx = saved;
        }
    }

    /// <summary>The context seen under <c>with</c> modifiers; null when a modifier's value is undefined.</summary>
    private EvalContext? WithContext(IReadOnlyList<WithModifier> withs, Bindings b)
    {
        var input = _ctx.Input;
        var data = _ctx.BaseData;
        var masks = _ctx.Masks.ToList();
        var mocks = new Dictionary<string, object>(_ctx.FunctionMocks);
        foreach (var w in withs)
        {
            var targetPath = TargetPath(w.Target, b);
            if (targetPath is null) return null;
            var root = targetPath.Root;
            if (root == "input")
            {
                var v = FirstValue(w.Value, b);
                if (v is null) return null;
                input = targetPath.Path.Count == 0 ? v : Upsert(input ?? ObjectValue.Empty, targetPath.Path, 0, v);
                continue;
            }
            if (root == "data")
            {
                var node = _program.Find(targetPath.Path);
                if (node is not null && node.HasFunctions)
                {
                    mocks["data." + string.Join('.', targetPath.Path.Select(x => x is StringValue s ? s.Value : x.ToString()))] = MockFor(w.Value, b) ?? (object)BoolValue.False;
                    continue;
                }
                var v = FirstValue(w.Value, b);
                if (v is null) return null;
                data = targetPath.Path.Count == 0 ? v : Upsert(data, targetPath.Path, 0, v);
                masks.Add(targetPath.Path);
                continue;
            }
            // A builtin or function name.
            var mock = MockFor(w.Value, b);
            if (mock is null) return null;
            mocks[root + string.Concat(targetPath.Path.Select(x => "." + ((StringValue)x).Value))] = mock;
        }
        return new EvalContext { Input = input, BaseData = data, Masks = masks, FunctionMocks = mocks };
    }

    private sealed record WithPath(string Root, IReadOnlyList<Value> Path);

    private WithPath? TargetPath(Term target, Bindings b)
    {
        switch (target)
        {
            case VarTerm v:
                if (v.Name.StartsWith("data.", StringComparison.Ordinal))
                    return new WithPath("data", v.Name.Split('.').Skip(1).Select(s => (Value)new StringValue(s)).ToList());
                return new WithPath(v.Name, []);
            case RefTerm { Head: VarTerm hv } r:
                var path = new List<Value>();
                foreach (var p in r.Path)
                {
                    var pv = FirstValue(p, b);
                    if (pv is null) return null;
                    path.Add(pv);
                }
                return new WithPath(hv.Name, path);
            default:
                return null;
        }
    }

    /// <summary>A replacement function name, or a constant value.</summary>
    private object? MockFor(Term value, Bindings b)
    {
        var name = TermNames.DottedName(value);
        if (name is not null && value is VarTerm or RefTerm)
        {
            if (name.StartsWith("data.", StringComparison.Ordinal))
            {
                var node = _program.Find(name.Split('.').Skip(1).Select(s => (Value)new StringValue(s)).ToList());
                if (node is not null && node.HasFunctions) return name;
            }
            else if (_builtins.Get(name) is not null && !b.IsBound(name.Split('.')[0])) return name;
        }
        return FirstValue(value, b);
    }

    private Value? FirstValue(Term t, Bindings b)
    {
        Value? result = null;
        EvalTerm(t, b, v =>
        {
            result = v;
            return false;
        });
        return result;
    }

    internal static Value Upsert(Value target, IReadOnlyList<Value> path, int i, Value value)
    {
        if (i == path.Count) return value;
        var map = target is ObjectValue o ? o.ToDictionary() : new Dictionary<Value, Value>();
        var existing = map.GetValueOrDefault(path[i]) ?? ObjectValue.Empty;
        map[path[i]] = Upsert(existing, path, i + 1, value);
        return new ObjectValue(map);
    }
}
