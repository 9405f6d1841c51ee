using System.Text.Json.Nodes;

namespace Infra.Providers.Kubernetes.Provider;

/// <summary>One object of a run that did not finish, as its last acknowledged step left it.</summary>
/// <param name="Urn">The resource URN (for messages).</param>
/// <param name="Manifest">Its manifest.</param>
/// <param name="Deleted">True when the step deleted it.</param>
internal sealed record RecoveredObject(string Urn, JsonObject Manifest, bool Deleted);
