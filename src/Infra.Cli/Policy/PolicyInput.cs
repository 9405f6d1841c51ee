using System.Text.Json;
using System.Text.Json.Nodes;
using Infra.Engine.Planning;

namespace Infra.Cli.Policy;

/// <summary>
/// The document policies see as <c>input</c>, built from a plan (schema documented in the README):
/// <c>{project, stack, config, summary, resources: [{urn, type, name, parent, provider, custom, kind, inputs,
/// priorInputs, priorOutputs, changedPaths, replacePaths, dependencies, protect}]}</c>.
/// Values are redacted exactly as in the plan: secrets are <c>[secret]</c>, unknowns <c>[unknown]</c>.
/// </summary>
public static class PolicyInput
{
    /// <summary>Builds the input document.</summary>
    public static JsonObject FromPlan(PlanDocument plan)
    {
        var resources = new JsonArray();
        foreach (var step in plan.Steps)
        {
            JsonNode resource = new JsonObject
            {
                ["urn"] = step.Urn,
                ["type"] = step.Type,
                ["name"] = step.Name,
                ["parent"] = step.Parent,
                ["provider"] = step.Provider,
                ["custom"] = step.Custom,
                ["kind"] = step.Kind,
                ["inputs"] = (step.NewInputs ?? step.OldInputs)?.DeepClone() ?? new JsonObject(),
                ["priorInputs"] = step.OldInputs?.DeepClone(),
                ["priorOutputs"] = step.OldOutputs?.DeepClone(),
                ["changedPaths"] = new JsonArray(step.ChangedPaths.Select(p => (JsonNode?)JsonValue.Create(p)).ToArray()),
                ["replacePaths"] = new JsonArray(step.ReplacePaths.Select(p => (JsonNode?)JsonValue.Create(p)).ToArray()),
                ["dependencies"] = new JsonArray(step.Dependencies.Select(p => (JsonNode?)JsonValue.Create(p)).ToArray()),
                ["protect"] = step.Protect,
            };
            resources.Add(resource);
        }
        return new JsonObject
        {
            ["project"] = plan.Project,
            ["stack"] = plan.Stack,
            ["config"] = JsonSerializer.SerializeToNode(plan.Config, PolicyInputJson.Default.IReadOnlyDictionaryStringJsonNode),
            ["summary"] = JsonSerializer.SerializeToNode(plan.Summary, PolicyInputJson.Default.IReadOnlyDictionaryStringInt32),
            ["resources"] = resources,
        };
    }
}
