using System.Text.Json;
using System.Text.Json.Nodes;

namespace Infra.Policy.Packs.Reports;

/// <summary>SARIF 2.1.0, the format code-scanning UIs accept. Each policy is a rule; each finding a result located at the plan file.</summary>
public static class SarifReport
{
    /// <summary>Renders a report; <paramref name="planPath"/> is the artifact findings point at.</summary>
    public static string Render(PolicyReport report, string planPath, string toolVersion)
    {
        var rules = report.Results.Select(r => $"{r.Pack}/{r.Policy}").Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var sarif = new JsonObject
        {
            ["$schema"] = "https://json.schemastore.org/sarif-2.1.0.json",
            ["version"] = "2.1.0",
            ["runs"] = new JsonArray(new JsonObject
            {
                ["tool"] = new JsonObject
                {
                    ["driver"] = new JsonObject
                    {
                        ["name"] = "infra-policy",
                        ["version"] = toolVersion,
                        ["informationUri"] = "https://github.com/infra/infra",
                        ["rules"] = new JsonArray(rules.Select(id =>
                        {
                            var sample = report.Results.First(r => $"{r.Pack}/{r.Policy}" == id);
                            var rule = new JsonObject
                            {
                                ["id"] = id,
                                ["name"] = sample.Policy,
                                ["shortDescription"] = new JsonObject { ["text"] = sample.Policy },
                                ["defaultConfiguration"] = new JsonObject { ["level"] = Level(sample) },
                                ["properties"] = new JsonObject { ["severity"] = sample.Severity, ["enforcement"] = sample.Enforcement.ToString().ToLowerInvariant() },
                            };
                            if (sample.Remediation is not null)
                            {
                                rule["help"] = new JsonObject { ["text"] = sample.Remediation };
                            }
                            return (JsonNode?)rule;
                        }).ToArray()),
                    },
                },
                ["results"] = new JsonArray(report.Results.Select(r => (JsonNode?)new JsonObject
                {
                    ["ruleId"] = $"{r.Pack}/{r.Policy}",
                    ["ruleIndex"] = rules.IndexOf($"{r.Pack}/{r.Policy}"),
                    ["level"] = Level(r),
                    ["message"] = new JsonObject { ["text"] = r.Urn is null ? r.Message : $"{r.Message} ({r.Urn})" },
                    ["locations"] = new JsonArray(new JsonObject
                    {
                        ["physicalLocation"] = new JsonObject
                        {
                            ["artifactLocation"] = new JsonObject { ["uri"] = planPath.Replace('\\', '/') },
                        },
                        ["logicalLocations"] = new JsonArray(new JsonObject { ["fullyQualifiedName"] = r.Urn ?? "stack", ["kind"] = "resource" }),
                    }),
                }).ToArray()),
            }),
        };
        return sarif.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static string Level(PolicyResult result) => result.Blocking ? "error" : "warning";
}
