using Infra.Policy.Ast;
using Infra.Policy.Values;

namespace Infra.Policy.Evaluation;

/// <summary>Raw result of a query: rows of bindings as values, and the error that stopped it (if any).</summary>
internal sealed record QueryOutcome(IReadOnlyList<IReadOnlyDictionary<string, Value>> Rows, Diagnostic? Error)
{
    /// <summary>Per row, the value of each top-level query expression (plain terms give their value, others <c>true</c>).</summary>
    public IReadOnlyList<IReadOnlyList<Value>> Expressions { get; init; } = [];
}
