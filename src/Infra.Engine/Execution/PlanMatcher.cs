using System.Text.Json.Nodes;
using Infra.Properties;

namespace Infra.Engine.Execution;

/// <summary>Compares what a plan said with what a run wants; <c>[unknown]</c> in the plan matches any value.</summary>
public static class PlanMatcher
{
    /// <summary>True when <paramref name="actual"/> is consistent with <paramref name="planned"/>.</summary>
    public static bool Matches(JsonNode? planned, JsonNode? actual)
    {
        if (planned is JsonValue pv && pv.TryGetValue<string>(out var text) && text == PropertyJson.UnknownText)
        {
            return true;
        }
        switch (planned)
        {
            case JsonObject po when actual is JsonObject ao:
                return po.Count == ao.Count && po.All(p => ao.TryGetPropertyValue(p.Key, out var a) && Matches(p.Value, a));
            case JsonArray pa when actual is JsonArray aa:
                return pa.Count == aa.Count && pa.Zip(aa).All(p => Matches(p.First, p.Second));
            default:
                return JsonNode.DeepEquals(planned, actual);
        }
    }
}
