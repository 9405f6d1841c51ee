using System.Text.Json.Nodes;

namespace Infra.Compositions.Function;

/// <summary>One <c>RunFunction</c> call: observed and desired state, the step's input and the pipeline context.</summary>
internal sealed record FunctionRequest(
    JsonNode? Input,
    ResourceState ObservedComposite,
    IReadOnlyDictionary<string, ResourceState> ObservedResources,
    ResourceState? DesiredComposite,
    IReadOnlyDictionary<string, ResourceState> DesiredResources,
    JsonObject? Context);
