using System.Text.Json.Nodes;

namespace Infra.Compositions.Authoring;

/// <summary>A composed resource template: a base object and the patches that fill it in.</summary>
/// <param name="Name">The composition resource name (unique within the composition).</param>
/// <param name="Base">The base object (must have apiVersion and kind).</param>
public sealed record ComposedResource(string Name, JsonObject Base)
{
    /// <summary>Patches applied in order.</summary>
    public IReadOnlyList<Patch> Patches { get; init; } = [];

    /// <summary>Connection details exposed on the XR.</summary>
    public IReadOnlyList<ConnectionDetail> ConnectionDetails { get; init; } = [];

    /// <summary>Readiness checks; none means "the Ready condition is True".</summary>
    public IReadOnlyList<ReadinessCheck> ReadinessChecks { get; init; } = [];

    internal JsonObject ToJson()
    {
        var o = new JsonObject { ["name"] = Name, ["base"] = Base.DeepClone() };
        if (Patches.Count > 0) o["patches"] = new JsonArray(Patches.Select(p => (JsonNode)p.ToJson()).ToArray());
        if (ConnectionDetails.Count > 0) o["connectionDetails"] = new JsonArray(ConnectionDetails.Select(c => (JsonNode)c.ToJson()).ToArray());
        if (ReadinessChecks.Count > 0) o["readinessChecks"] = new JsonArray(ReadinessChecks.Select(r => (JsonNode)r.ToJson()).ToArray());
        return o;
    }
}
