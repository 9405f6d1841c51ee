using System.Text.Json.Nodes;

namespace Infra.Compositions.Input;

/// <summary>One entry of <c>resources</c>: a composed resource template.</summary>
internal sealed record ComposedTemplate(
    string Name,
    JsonObject? Base,
    IReadOnlyList<PatchSpec> Patches,
    IReadOnlyList<ConnectionDetailSpec> ConnectionDetails,
    IReadOnlyList<ReadinessCheckSpec> ReadinessChecks);
