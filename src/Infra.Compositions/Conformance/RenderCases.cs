using System.Text.Json.Nodes;
using Infra.Compositions.Function;
using Infra.Compositions.Rendering;
using Infra.Compositions.Values;

namespace Infra.Compositions.Conformance;

/// <summary>Runs <c>kind: render</c> vectors, at function level (one RunFunction) or CLI level (whole render).</summary>
internal static class RenderCases
{
    public static string? Run(JsonObject testCase)
    {
        var level = testCase["level"] is JsonValue l ? GoValue.AsString(l) : "function";
        var input = testCase["input"] as JsonObject ?? new JsonObject();
        return level == "cli" ? RunCli(testCase, input) : RunFunction(testCase, input);
    }

    private static string? RunFunction(JsonObject testCase, JsonObject input)
    {
        var observed = input["observed"] as JsonObject;
        var desired = input["desired"] as JsonObject;
        var request = new FunctionRequest(
            input["functionInput"]?.DeepClone(),
            State(observed?["composite"]) ?? ResourceState.Of(new JsonObject()),
            States(observed?["resources"]),
            State(desired?["composite"]),
            States(desired?["resources"]),
            GoValue.ToFloatTyped(input["context"]) as JsonObject);
        var response = PatchAndTransformFunction.Run(request);

        var got = new JsonObject();
        if (response.IsFatal)
        {
            if (input["desired"] is { } rawDesired) got["desired"] = rawDesired.DeepClone();
            if (input["context"] is { } rawContext) got["context"] = rawContext.DeepClone();
        }
        else
        {
            var desiredOut = new JsonObject();
            if (response.DesiredComposite is { } composite) desiredOut["composite"] = StateJson(composite);
            if (response.DesiredResources.Count > 0)
            {
                var resources = new JsonObject();
                foreach (var (name, state) in response.DesiredResources) resources[name] = StateJson(state);
                desiredOut["resources"] = resources;
            }
            got["desired"] = desiredOut;
            got["context"] = response.Context?.DeepClone();
        }
        if (response.Results.Count > 0)
        {
            got["results"] = new JsonArray(response.Results.Select(r => (JsonNode)new JsonObject
            {
                ["severity"] = r.Severity,
                ["message"] = r.Message,
                ["target"] = "TARGET_COMPOSITE",
            }).ToArray());
        }
        return CaseCheck.Equal(testCase["want"], got, "response");
    }

    private static string? RunCli(JsonObject testCase, JsonObject input)
    {
        var flags = (input["flags"] as JsonArray)?.Select(f => f is null ? "" : GoValue.AsString(f)).ToArray() ?? [];
        var inputs = new RenderInputs(
            input["xr"] as JsonObject ?? new JsonObject(),
            input["composition"] as JsonObject ?? new JsonObject(),
            (input["functions"] as JsonArray)?.OfType<JsonObject>().ToArray(),
            (input["observedResources"] as JsonArray)?.OfType<JsonObject>().ToArray() ?? [],
            null,
            flags.Contains("-r") || flags.Contains("--include-function-results"));
        var outcome = RenderEngine.Render(inputs);
        if (outcome.Documents is null) return CaseCheck.Error(testCase, outcome.Error, () => null);
        return CaseCheck.Equal(testCase["want"], new JsonArray(outcome.Documents.Select(d => (JsonNode)d.DeepClone()).ToArray()), "documents");
    }

    private static ResourceState? State(JsonNode? node)
    {
        if (node is not JsonObject o) return null;
        var resource = GoValue.ToFloatTyped(o["resource"]) as JsonObject ?? new JsonObject();
        var details = (o["connectionDetails"] as JsonObject ?? new JsonObject())
            .ToDictionary(p => p.Key, p => p.Value is null ? "" : GoValue.AsString(p.Value), StringComparer.Ordinal);
        var ready = o["ready"] is JsonValue r ? GoValue.AsString(r) : null;
        return new ResourceState(resource, details, ready);
    }

    private static Dictionary<string, ResourceState> States(JsonNode? node) =>
        (node as JsonObject ?? new JsonObject()).ToDictionary(p => p.Key, p => State(p.Value) ?? ResourceState.Of(new JsonObject()), StringComparer.Ordinal);

    private static JsonObject StateJson(ResourceState state)
    {
        var o = new JsonObject { ["resource"] = state.Resource.DeepClone() };
        if (state.ConnectionDetails.Count > 0)
        {
            var details = new JsonObject();
            foreach (var (k, v) in state.ConnectionDetails) details[k] = v;
            o["connectionDetails"] = details;
        }
        if (state.Ready is not null) o["ready"] = state.Ready;
        return o;
    }
}
