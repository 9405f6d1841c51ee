using System.Text.Json.Nodes;

namespace Infra.Compositions.Rendering;

/// <summary>The parsed inputs of one render, as <c>crossplane render</c> reads them.</summary>
internal sealed record RenderInputs(
    JsonObject Xr,
    JsonObject Composition,
    IReadOnlyList<JsonObject>? Functions,
    IReadOnlyList<JsonObject> ObservedResources,
    JsonObject? Environment,
    bool IncludeFunctionResults);
