using Infra.Properties;

namespace Infra.Deployment;

/// <summary>What the engine reports back when a resource's step finished.</summary>
/// <param name="Id">The provider-assigned ID (null for components, or unknown in preview).</param>
/// <param name="Outputs">The resource's outputs; during preview some values may be unknown.</param>
/// <param name="Predicted">True when the outputs are a preview's prediction: a missing output is then unknown, not absent.</param>
public sealed record ResourceResult(string? Id, PropertyMap Outputs, bool Predicted = false);
