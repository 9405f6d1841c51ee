using System.Text.Json.Nodes;
using Infra.Compositions.Values;

namespace Infra.Compositions.Rendering;

/// <summary>Builds the pipeline environment from EnvironmentConfig objects: their <c>data</c>, merged in order.</summary>
internal static class EnvironmentLoader
{
    public static JsonObject Merge(IEnumerable<JsonObject> configs)
    {
        var environment = new JsonObject();
        foreach (var config in configs)
        {
            var isEnvironmentConfig = config["kind"] is JsonValue kind && GoValue.KindOf(kind) == GoKind.String && GoValue.AsString(kind) == "EnvironmentConfig";
            var data = isEnvironmentConfig ? config["data"] as JsonObject : config;
            if (data is not null) MergeInto(environment, data);
        }
        return environment;
    }

    private static void MergeInto(JsonObject target, JsonObject source)
    {
        foreach (var (key, value) in source)
        {
            if (value is JsonObject child && target[key] is JsonObject existing) MergeInto(existing, child);
            else target[key] = value?.DeepClone();
        }
    }
}
