using Infra.Policy.Ast;
using Infra.Policy.Builtins;
using Infra.Policy.Compilation;
using Infra.Policy.Values;

namespace Infra.Policy.Evaluation;

internal sealed partial class Evaluator
{
    private bool EvalCall(CallTerm c, Bindings b, Func<Value, bool> k)
    {
        var name = c.Name;
        string? replaced = null;
        if (_ctx.FunctionMocks.TryGetValue(name, out var mock))
        {
            if (mock is Value constant)
            {
                var arityForMock = ArityOf(name) ?? c.Args.Count;
                return EvalList(c.Args.Take(arityForMock).ToList(), 0, new Value[Math.Min(arityForMock, c.Args.Count)], b, _ =>
                    c.Args.Count == arityForMock + 1 ? UnifyValue(c.Args[^1], constant, b, () => k(BoolValue.True)) : k(constant));
            }
            replaced = name;
            name = (string)mock;
        }
        if (name.StartsWith("data.", StringComparison.Ordinal))
        {
            var path = name.Split('.').Skip(1).Select(s => (Value)new StringValue(s)).ToList();
            var node = _program.Find(path);
            var fn = node?.Rules.FirstOrDefault(r => r.Kind == RuleKind.Function);
            if (node is null || fn is null)
            {
                // Calling a non-function document (e.g. a mocked value) is undefined.
                return true;
            }
            var arity = fn.Args!.Count;
            return CallWithArgs(c, arity, b, k, args => replaced is null ? CallFunction(node, args, c.Span) : WithoutMocks(() => CallFunction(node, args, c.Span)));
        }
        if (name == "print" && !_ctx.FunctionMocks.ContainsKey(name))
        {
            // print renders undefined operands instead of making the call undefined.
            var parts = c.Args.Select(a => FirstValue(a, b) is { } v ? Builtins.GoSprintf.Plain(v) : "<undefined>");
            _builtinContext.Print(string.Join(' ', parts));
            return k(BoolValue.True);
        }
        if (name is "rego.metadata.chain" or "rego.metadata.rule")
        {
            var meta = name == "rego.metadata.chain" ? MetadataChain() : _currentRule?.Annotations ?? (Value)ObjectValue.Empty;
            return c.Args.Count == 1 ? UnifyValue(c.Args[0], meta, b, () => k(BoolValue.True)) : k(meta);
        }
        var def = _builtins.Get(name)
            ?? throw new RegoEvalException(new Diagnostic("rego_type_error", $"undefined function {name}", c.Span));
        if (def.Relation is not null)
        {
            var n = def.Arity;
            return EvalList(c.Args.Take(n).ToList(), 0, new Value[n], b, args =>
            {
                IEnumerable<Value> results;
                try
                {
                    results = def.Relation(_builtinContext, args.ToArray()).ToList();
                }
                catch (BuiltinException ex)
                {
                    RecordBuiltinError(name, c.Span, ex);
                    return true;
                }
                catch (Exception ex) when (ex is not RegoEvalException and not OperationCanceledException and not InsufficientExecutionStackException)
                {
                    RecordBuiltinError(name, c.Span, BuiltinException.Error(ex.Message));
                    return true;
                }
                foreach (var r in results)
                {
                    var cont = c.Args.Count == n + 1 ? UnifyValue(c.Args[^1], r, b, () => k(BoolValue.True)) : k(r);
                    if (!cont) return false;
                }
                return true;
            });
        }
        var ar = def.Arity < 0 ? c.Args.Count : def.Arity;
        return CallWithArgs(c, ar, b, k, args => InvokeBuiltin(def, args, c.Span));
    }

    // A replacement function sees the original functions: mocks do not apply inside mocks.
    private Value? WithoutMocks(Func<Value?> call)
    {
        var saved = _ctx;
        _ctx = new EvalContext { Input = saved.Input, BaseData = saved.BaseData, Masks = saved.Masks };
        try
        {
            return call();
        }
        finally
        {
            _ctx = saved;
        }
    }

    private int? ArityOf(string name)
    {
        if (name.StartsWith("data.", StringComparison.Ordinal))
        {
            var node = _program.Find(name.Split('.').Skip(1).Select(s => (Value)new StringValue(s)).ToList());
            return node?.Rules.FirstOrDefault(r => r.Kind == RuleKind.Function)?.Args?.Count;
        }
        return _builtins.Arity(name);
    }

    private bool CallWithArgs(CallTerm c, int arity, Bindings b, Func<Value, bool> k, Func<Value[], Value?> invoke)
    {
        if (c.Args.Count != arity && c.Args.Count != arity + 1)
            throw new RegoEvalException(new Diagnostic("rego_type_error",
                $"{c.Name}: arity mismatch: expected {arity} arguments, got {c.Args.Count}", c.Span));
        var inputs = c.Args.Take(arity).ToList();
        // Arguments that are unbound variables are evaluated last, so refs in other arguments can bind them first.
        var order = Enumerable.Range(0, arity).OrderBy(i => inputs[i] is VarTerm v && IsFreeVar(v, b) ? 1 : 0).ToArray();
        var ordered = order.Select(i => inputs[i]).ToList();
        return EvalList(ordered, 0, new Value[arity], b, evaluated =>
        {
            var args = new Value[arity];
            for (var i = 0; i < arity; i++) args[order[i]] = evaluated[i];
            var result = invoke(args);
            if (result is null) return true;
            return c.Args.Count == arity + 1 ? UnifyValue(c.Args[^1], result, b, () => k(BoolValue.True)) : k(result);
        });
    }

    private Value? InvokeBuiltin(BuiltinDef def, Value[] args, SourceSpan at)
    {
        Step();
        try
        {
            if (def.NonDeterministic)
            {
                var key = (def.Name, (Value)new ArrayValue(args));
                if (_nonDeterministicCache.TryGetValue(key, out var cached)) return cached;
                var v = def.Fn(_builtinContext, args);
                if (v is not null) _nonDeterministicCache[key] = v;
                return v;
            }
            return def.Fn(_builtinContext, args);
        }
        catch (BuiltinException ex)
        {
            RecordBuiltinError(def.Name, at, ex);
            return null;
        }
        catch (Exception ex) when (ex is not RegoEvalException and not OperationCanceledException and not InsufficientExecutionStackException)
        {
            // Builtins run on user data: a failure inside one is a builtin error of that call, never a crash.
            RecordBuiltinError(def.Name, at, BuiltinException.Error(ex.Message));
            return null;
        }
    }

    private void RecordBuiltinError(string name, SourceSpan at, BuiltinException ex)
    {
        BuiltinErrors.Add(new Diagnostic(ex.Code, $"{name}: {ex.Message}", at));
    }
}
