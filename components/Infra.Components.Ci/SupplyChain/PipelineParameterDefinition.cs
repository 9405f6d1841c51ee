namespace Infra.Components.Ci.SupplyChain;

/// <summary>A parameter of the pipeline, with its default.</summary>
/// <param name="Name">The parameter name.</param>
/// <param name="Default">The default.</param>
/// <param name="Description">What it is for.</param>
public sealed record PipelineParameterDefinition(string Name, string Default, string Description);
