using System.Text.Json.Nodes;
using Infra.Compositions.Function;
using Infra.Compositions.Values;

namespace Infra.Compositions.Rendering;

/// <summary>
/// The classic <c>crossplane render</c> (SPEC §1.3): runs the pipeline, then prints the XR with its Ready
/// condition, the composed resources sorted by composition-resource-name, and optionally the results.
/// </summary>
internal static class RenderEngine
{
    public const string CompositionResourceNameAnnotation = "crossplane.io/composition-resource-name";
    private const string CompositeLabel = "crossplane.io/composite";
    private const string ClaimNameLabel = "crossplane.io/claim-name";
    private const string ClaimNamespaceLabel = "crossplane.io/claim-namespace";
    private const string TransitionTime = "2024-01-01T00:00:00Z";

    public static RenderOutcome Render(RenderInputs inputs)
    {
        try
        {
            return RenderPipeline(inputs);
        }
        catch (InvalidOperationException e)
        {
            // A field whose YAML shape is not what the renderer reads (a list where a mapping belongs, …): refuse the
            // inputs instead of crashing; the message names the JSON node kind that was expected.
            return RenderOutcome.Fail(RenderSource.Composition, $"the XR or composition has a field of an unexpected shape: {e.Message}");
        }
    }

    private static RenderOutcome RenderPipeline(RenderInputs inputs)
    {
        var xr = inputs.Xr;
        if (Text(xr["apiVersion"]).Length == 0 || Text(xr["kind"]).Length == 0)
            return RenderOutcome.Fail(RenderSource.Xr, "apiVersion, kind: Required value: the XR must have an apiVersion and a kind");
        var steps = PipelineReader.Read(xr, inputs.Composition, inputs.Functions, out var pipelineError);
        if (steps is null) return RenderOutcome.Fail(RenderSource.Composition, pipelineError!);

        var observed = new Dictionary<string, ResourceState>(StringComparer.Ordinal);
        foreach (var resource in inputs.ObservedResources)
        {
            var name = Text(resource["metadata"]?["annotations"]?[CompositionResourceNameAnnotation]);
            if (name.Length == 0)
                return RenderOutcome.Fail(RenderSource.ObservedResources,
                    $"observed resource {Text(resource["kind"])}/{Text(resource["metadata"]?["name"])} has no {CompositionResourceNameAnnotation} annotation");
            observed[name] = ResourceState.Of(GoValue.ToFloatTypedObject(resource));
        }

        var observedComposite = ResourceState.Of(GoValue.ToFloatTypedObject(xr));
        ResourceState? desiredComposite = null;
        IReadOnlyDictionary<string, ResourceState> desired = new Dictionary<string, ResourceState>();
        JsonObject? context = null;
        if (inputs.Environment is not null)
            context = new JsonObject { [EnvironmentKey.ContextKey] = GoValue.ToFloatTypedObject(inputs.Environment) };
        var results = new List<(string Step, FunctionResult Result)>();

        for (var stepIndex = 0; stepIndex < steps.Count; stepIndex++)
        {
            var step = steps[stepIndex];
            var request = new FunctionRequest(step.Input, observedComposite, observed, desiredComposite, desired, context);
            var response = PatchAndTransformFunction.Run(request);
            var fatal = response.Results.FirstOrDefault(r => r.Severity == FunctionResult.Fatal);
            if (fatal is not null)
                return RenderOutcome.Fail(RenderSource.Composition,
                    $"cannot render composite resource: pipeline step \"{step.Name}\" returned a fatal result: {fatal.Message}",
                    $"spec.pipeline[{stepIndex}].input");
            results.AddRange(response.Results.Select(r => (step.Name, r)));
            desiredComposite = response.DesiredComposite is { } dc ? dc with { Resource = GoValue.ToFloatTypedObject(dc.Resource) } : null;
            desired = response.DesiredResources.ToDictionary(p => p.Key, p => p.Value with { Resource = GoValue.ToFloatTypedObject(p.Value.Resource) }, StringComparer.Ordinal);
            context = response.Context;
        }

        var documents = new List<JsonObject> { CompositeDocument(xr, desiredComposite, desired) };
        foreach (var name in desired.Keys.OrderBy(k => k, StringComparer.Ordinal))
        {
            var document = ComposedDocument(xr, name, desired[name].Resource, observed.GetValueOrDefault(name), out var ownerError);
            if (document is null) return RenderOutcome.Fail(RenderSource.Composition, ownerError!);
            documents.Add(document);
        }
        if (inputs.IncludeFunctionResults)
        {
            foreach (var (step, result) in results)
            {
                documents.Add(new JsonObject
                {
                    ["apiVersion"] = "render.crossplane.io/v1beta1",
                    ["kind"] = "Result",
                    ["step"] = step,
                    ["severity"] = result.Severity,
                    ["message"] = result.Message,
                });
            }
        }
        return new RenderOutcome(documents);
    }

    private static JsonObject CompositeDocument(JsonObject xr, ResourceState? desiredComposite, IReadOnlyDictionary<string, ResourceState> desired)
    {
        var document = (JsonObject?)desiredComposite?.Resource.DeepClone() ?? new JsonObject();
        document["apiVersion"] = xr["apiVersion"]!.DeepClone();
        document["kind"] = xr["kind"]!.DeepClone();
        var metadata = Child(document, "metadata");
        metadata["name"] = Text(xr["metadata"]?["name"]);
        var ns = Text(xr["metadata"]?["namespace"]);
        if (ns.Length > 0) metadata["namespace"] = ns;

        var condition = new JsonObject { ["lastTransitionTime"] = TransitionTime, ["type"] = "Ready" };
        var unready = desired.Where(p => p.Value.Ready != ResourceState.ReadyTrue).Select(p => p.Key).OrderBy(k => k, StringComparer.Ordinal).ToList();
        if (desiredComposite?.Ready == ResourceState.ReadyFalse)
        {
            condition["status"] = "False";
            condition["reason"] = "Creating";
        }
        else if (unready.Count > 0)
        {
            condition["status"] = "False";
            condition["reason"] = "Creating";
            condition["message"] = "Unready resources: " + UnreadyList(unready);
        }
        else
        {
            condition["status"] = "True";
            condition["reason"] = "Available";
        }
        var status = Child(document, "status");
        var conditions = status["conditions"] as JsonArray ?? new JsonArray();
        var existing = conditions.OfType<JsonObject>().FirstOrDefault(c => Text(c["type"]) == "Ready");
        if (existing is not null) conditions[conditions.IndexOf(existing)] = condition;
        else conditions.Add((JsonNode)condition);
        status["conditions"] = conditions;
        return (JsonObject)GoValue.Normalize(document)!;
    }

    private static string UnreadyList(IReadOnlyList<string> names) => names.Count switch
    {
        <= 2 => string.Join(", ", names),
        3 => $"{names[0]}, {names[1]}, and {names[2]}",
        _ => $"{names[0]}, {names[1]}, {names[2]}, and {names.Count - 3} more",
    };

    private static JsonObject? ComposedDocument(JsonObject xr, string name, JsonObject resource, ResourceState? observed, out string? error)
    {
        error = null;
        var document = (JsonObject)resource.DeepClone();
        var metadata = Child(document, "metadata");
        if (observed is not null)
        {
            foreach (var key in new[] { "name", "namespace", "generateName" })
            {
                var value = Text(observed.Resource["metadata"]?[key]);
                if (value.Length == 0) metadata.Remove(key);
                else metadata[key] = value;
            }
        }
        var xrMetadata = xr["metadata"] as JsonObject;
        var xrLabels = xrMetadata?["labels"] as JsonObject;
        var xrName = Text(xrMetadata?["name"]);
        var compositeLabel = Text(xrLabels?[CompositeLabel]);
        var prefix = compositeLabel.Length > 0 ? compositeLabel : xrName;
        if (Text(metadata["name"]).Length == 0 && Text(metadata["generateName"]).Length == 0) metadata["generateName"] = prefix + "-";
        var xrNamespace = Text(xrMetadata?["namespace"]);
        if (xrNamespace.Length > 0) metadata["namespace"] = xrNamespace;

        Child(metadata, "annotations")[CompositionResourceNameAnnotation] = name;
        var labels = Child(metadata, "labels");
        labels[CompositeLabel] = prefix;
        var claimName = Text(xrLabels?[ClaimNameLabel]);
        var claimNamespace = Text(xrLabels?[ClaimNamespaceLabel]);
        if (claimName.Length == 0 || claimNamespace.Length == 0)
        {
            var claimRef = xr["spec"]?["claimRef"] as JsonObject;
            claimName = Text(claimRef?["name"]);
            claimNamespace = Text(claimRef?["namespace"]);
        }
        if (claimName.Length > 0 && claimNamespace.Length > 0)
        {
            labels[ClaimNameLabel] = claimName;
            labels[ClaimNamespaceLabel] = claimNamespace;
        }

        var owner = new JsonObject
        {
            ["apiVersion"] = Text(xr["apiVersion"]),
            ["kind"] = Text(xr["kind"]),
            ["name"] = xrName,
            ["uid"] = Text(xrMetadata?["uid"]),
            ["controller"] = true,
            ["blockOwnerDeletion"] = true,
        };
        var owners = metadata["ownerReferences"] as JsonArray ?? new JsonArray();
        var controllers = owners.OfType<JsonObject>().Where(o => o["controller"] is JsonValue c && GoValue.KindOf(c) == GoKind.Bool && GoValue.AsBool(c)).ToList();
        foreach (var controller in controllers)
        {
            if (Text(controller["uid"]) != Text(owner["uid"]) || Text(controller["name"]) != xrName || Text(controller["kind"]) != Text(xr["kind"]))
            {
                error = $"cannot render composed resource \"{name}\": it is already controlled by {Text(controller["kind"])} \"{Text(controller["name"])}\"";
                return null;
            }
            owners.Remove(controller);
        }
        owners.Add((JsonNode)owner);
        metadata["ownerReferences"] = owners;
        return (JsonObject)GoValue.Normalize(document)!;
    }

    private static JsonObject Child(JsonObject parent, string key)
    {
        if (parent[key] is JsonObject child) return child;
        child = new JsonObject();
        parent[key] = child;
        return child;
    }

    private static string Text(JsonNode? node) => GoValue.KindOf(node) == GoKind.String ? GoValue.AsString(node!) : "";
}
