using System.Text.Json.Nodes;

namespace Infra.Components.Consul;

/// <summary>The least-privilege ACL rules of a mesh service and the intentions its upstreams get.</summary>
internal static class ConsulAccessRules
{
    /// <summary>Register itself and its sidecar; discover (read) other services and nodes; nothing else.</summary>
    public static string ServicePolicy(string service) =>
        $"service \"{service}\" {{\n  policy = \"write\"\n}}\n\nservice \"{service}-sidecar-proxy\" {{\n  policy = \"write\"\n}}\n\n"
        + "service_prefix \"\" {\n  policy = \"read\"\n}\n\nnode_prefix \"\" {\n  policy = \"read\"\n}\n";

    /// <summary>The callers allowed per destination, in a stable order.</summary>
    public static IReadOnlyList<(string Destination, IReadOnlyList<string> Sources)> Intentions(IReadOnlyList<ConsulServiceAccess> services) =>
        services.SelectMany(s => s.Upstreams.Select(u => (Destination: u, Source: s.Name)))
            .GroupBy(p => p.Destination, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, (IReadOnlyList<string>)g.Select(p => p.Source).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()))
            .ToList();

    /// <summary>A service-intentions entry's body (Consul's field names, without Kind and Name).</summary>
    public static string IntentionsConfig(IEnumerable<string> sources, string action) =>
        new JsonObject { ["Sources"] = new JsonArray(sources.Select(s => (JsonNode?)new JsonObject { ["Name"] = s, ["Action"] = action }).ToArray()) }.ToJsonString();
}
