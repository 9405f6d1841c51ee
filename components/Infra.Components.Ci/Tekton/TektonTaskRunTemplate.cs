namespace Infra.Components.Ci.Tekton;

/// <summary>Settings applied to every TaskRun of a PipelineRun.</summary>
/// <param name="ServiceAccountName">The service account the pods run as.</param>
public sealed record TektonTaskRunTemplate(string? ServiceAccountName);
