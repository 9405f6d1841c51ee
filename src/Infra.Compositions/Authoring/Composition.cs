using System.Text.Json.Nodes;

namespace Infra.Compositions.Authoring;

/// <summary>A Pipeline-mode Composition with one function-patch-and-transform step.</summary>
/// <param name="Name">The Composition's metadata.name.</param>
/// <param name="CompositeApiVersion">The XR apiVersion it composes (compositeTypeRef.apiVersion).</param>
/// <param name="CompositeKind">The XR kind it composes (compositeTypeRef.kind).</param>
/// <param name="Resources">The composed resource templates.</param>
public sealed record Composition(string Name, string CompositeApiVersion, string CompositeKind, IReadOnlyList<ComposedResource> Resources)
{
    /// <summary>Reusable patch sets.</summary>
    public IReadOnlyList<PatchSet> PatchSets { get; init; } = [];

    /// <summary>Patches between the XR and the environment, run before the resources.</summary>
    public IReadOnlyList<Patch> EnvironmentPatches { get; init; } = [];

    /// <summary>Labels on the Composition (matched by XR composition selectors).</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>The pipeline step name.</summary>
    public string StepName { get; init; } = "patch-and-transform";

    /// <summary>The Function object name the step references.</summary>
    public string FunctionName { get; init; } = "function-patch-and-transform";

    /// <summary>The function input (<c>pt.fn.crossplane.io/v1beta1</c> <c>Resources</c>).</summary>
    internal JsonObject InputJson()
    {
        var input = new JsonObject { ["apiVersion"] = "pt.fn.crossplane.io/v1beta1", ["kind"] = "Resources" };
        if (PatchSets.Count > 0)
        {
            input["patchSets"] = new JsonArray(PatchSets.Select(s => (JsonNode)new JsonObject
            {
                ["name"] = s.Name,
                ["patches"] = new JsonArray(s.Patches.Select(p => (JsonNode)p.ToJson()).ToArray()),
            }).ToArray());
        }
        if (EnvironmentPatches.Count > 0)
            input["environment"] = new JsonObject { ["patches"] = new JsonArray(EnvironmentPatches.Select(p => (JsonNode)p.ToJson()).ToArray()) };
        input["resources"] = new JsonArray(Resources.Select(r => (JsonNode)r.ToJson()).ToArray());
        return input;
    }

    internal JsonObject ToJson()
    {
        var metadata = new JsonObject { ["name"] = Name };
        if (Labels.Count > 0)
        {
            var labels = new JsonObject();
            foreach (var (k, v) in Labels) labels[k] = v;
            metadata["labels"] = labels;
        }
        return new JsonObject
        {
            ["apiVersion"] = "apiextensions.crossplane.io/v1",
            ["kind"] = "Composition",
            ["metadata"] = metadata,
            ["spec"] = new JsonObject
            {
                ["compositeTypeRef"] = new JsonObject { ["apiVersion"] = CompositeApiVersion, ["kind"] = CompositeKind },
                ["mode"] = "Pipeline",
                ["pipeline"] = new JsonArray(new JsonObject
                {
                    ["step"] = StepName,
                    ["functionRef"] = new JsonObject { ["name"] = FunctionName },
                    ["input"] = InputJson(),
                }),
            },
        };
    }
}
