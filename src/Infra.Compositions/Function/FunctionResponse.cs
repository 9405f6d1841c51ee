using System.Text.Json.Nodes;

namespace Infra.Compositions.Function;

/// <summary>
/// What a function returned. On a fatal result the upstream function returns the request's desired state and
/// context unchanged; <see cref="IsFatal"/> tells callers to use those.
/// </summary>
internal sealed record FunctionResponse(
    ResourceState? DesiredComposite,
    IReadOnlyDictionary<string, ResourceState> DesiredResources,
    IReadOnlyList<FunctionResult> Results,
    JsonObject? Context)
{
    public bool IsFatal => Results.Any(r => r.Severity == FunctionResult.Fatal);

    public static FunctionResponse FatalOf(FunctionRequest request, IReadOnlyList<FunctionResult> earlier, string message) =>
        new(request.DesiredComposite, request.DesiredResources, [.. earlier, new FunctionResult(FunctionResult.Fatal, message)], request.Context);
}
