using System.Text.Json.Nodes;
using Infra.Policy.Ast;

namespace Infra.Policy;

/// <summary>The outcome of a query: one row of variable bindings per solution, plus any errors.</summary>
/// <param name="Rows">Per solution, the query's variables and their values.</param>
/// <param name="Diagnostics">Errors (parse, compile or evaluation); empty on success.</param>
public sealed record RegoResult(IReadOnlyList<JsonObject> Rows, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>
    /// Per solution (parallel to <see cref="Rows"/>), the value of each top-level query expression in source order, as
    /// OPA reports them: a plain term such as <c>data.k8s.deny</c> gives its value, any other expression <c>true</c>.
    /// </summary>
    public IReadOnlyList<JsonArray> Expressions { get; init; } = [];

    /// <summary>True when there were no errors.</summary>
    public bool Success => Diagnostics.Count == 0;

    /// <summary>True when the query had at least one solution.</summary>
    public bool Defined => Rows.Count > 0;
}
