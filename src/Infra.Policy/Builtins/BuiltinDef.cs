using Infra.Policy.Values;

namespace Infra.Policy.Builtins;

/// <summary>A builtin function: its Rego name, arity (-1 = variadic) and implementation.</summary>
internal sealed record BuiltinDef(string Name, int Arity, Func<BuiltinContext, Value[], Value?> Fn)
{
    /// <summary>Relations (like <c>walk</c>) produce several results.</summary>
    public Func<BuiltinContext, Value[], IEnumerable<Value>>? Relation { get; init; }

    /// <summary>Non-deterministic builtins are cached per query so repeated calls agree.</summary>
    public bool NonDeterministic { get; init; }
}
