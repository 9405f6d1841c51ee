using System.Text.Json;
using System.Text.Json.Nodes;

namespace Infra.Policy.Packs.Reports;

/// <summary>The report as JSON for scripts.</summary>
public static class JsonReport
{
    /// <summary>Renders a report.</summary>
    public static string Render(PolicyReport report)
    {
        var root = new JsonObject
        {
            ["blocked"] = report.Blocked,
            ["packs"] = new JsonArray(report.Packs.Select(p => (JsonNode?)JsonValue.Create(p)).ToArray()),
            ["evaluated"] = report.Evaluated,
            ["results"] = new JsonArray(report.Results.Select(r => (JsonNode?)new JsonObject
            {
                ["pack"] = r.Pack,
                ["policy"] = r.Policy,
                ["rule"] = r.Rule,
                ["enforcement"] = r.Enforcement.ToString().ToLowerInvariant(),
                ["severity"] = r.Severity,
                ["message"] = r.Message,
                ["urn"] = r.Urn,
                ["remediation"] = r.Remediation,
                ["details"] = r.Details?.DeepClone(),
            }).ToArray()),
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }
}
