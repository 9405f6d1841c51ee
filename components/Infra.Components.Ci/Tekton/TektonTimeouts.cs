namespace Infra.Components.Ci.Tekton;

/// <summary>Timeouts of a PipelineRun.</summary>
/// <param name="Pipeline">The whole run, e.g. <c>1h</c>.</param>
public sealed record TektonTimeouts(string? Pipeline);
