using System.Text.Json.Nodes;
using Infra.Policy.Ast;

namespace Infra.Policy;

/// <summary>The outcome of a query: one row of variable bindings per solution, plus any errors.</summary>
public sealed record RegoResult(IReadOnlyList<JsonObject> Rows, IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>True when there were no errors.</summary>
    public bool Success => Diagnostics.Count == 0;

    /// <summary>True when the query had at least one solution.</summary>
    public bool Defined => Rows.Count > 0;
}
