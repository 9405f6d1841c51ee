namespace Infra.Components.Ci.Tekton;

/// <summary>A parameter value passed to a task or pipeline (<c>params[]</c> of a pipeline task or run).</summary>
/// <param name="Name">The parameter name.</param>
/// <param name="Value">The value; may contain <c>$(params.x)</c> or <c>$(tasks.t.results.r)</c> references.</param>
public sealed record TektonParam(string Name, string Value);
