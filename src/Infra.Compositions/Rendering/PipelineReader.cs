using System.Text.Json.Nodes;
using Infra.Compositions.Values;

namespace Infra.Compositions.Rendering;

/// <summary>Checks a Composition against the XR and reads its pipeline, refusing functions other than patch-and-transform.</summary>
internal static class PipelineReader
{
    private const string PatchAndTransformPackage = "function-patch-and-transform";

    public static IReadOnlyList<PipelineStep>? Read(JsonObject xr, JsonObject composition, IReadOnlyList<JsonObject>? functions, out string? error)
    {
        error = null;
        var spec = composition["spec"] as JsonObject;
        var typeRef = spec?["compositeTypeRef"] as JsonObject;
        var compositionName = Text(composition["metadata"]?["name"]);
        if (typeRef is null)
        {
            error = "spec.compositeTypeRef: Required value: a Composition must name the composite type it composes";
            return null;
        }
        var (refApiVersion, refKind) = (Text(typeRef["apiVersion"]), Text(typeRef["kind"]));
        var (xrApiVersion, xrKind) = (Text(xr["apiVersion"]), Text(xr["kind"]));
        if (refApiVersion != xrApiVersion)
        {
            error = $"composition's compositeTypeRef.apiVersion ({refApiVersion}) does not match XR's apiVersion ({xrApiVersion})";
            return null;
        }
        if (refKind != xrKind)
        {
            error = $"composition's compositeTypeRef.kind ({refKind}) does not match XR's kind ({xrKind})";
            return null;
        }
        var selector = (xr["spec"]?["compositionSelector"] ?? xr["spec"]?["crossplane"]?["compositionSelector"])?["matchLabels"] as JsonObject;
        var labels = composition["metadata"]?["labels"] as JsonObject;
        foreach (var (key, value) in selector ?? [])
        {
            if (Text(labels?[key]) != Text(value))
            {
                error = $"metadata.labels: composition \"{compositionName}\" does not match the XR's composition selector: it needs label {key}={Text(value)}";
                return null;
            }
        }
        if (Text(spec?["mode"]) != "Pipeline")
        {
            error = $"spec.mode: Invalid value: {GoQuote.Quote(Text(spec?["mode"]))}: render only supports Composition Function pipelines: Composition \"{compositionName}\" must use spec.mode: Pipeline";
            return null;
        }
        if (spec?["pipeline"] is not JsonArray pipeline || pipeline.Count == 0)
        {
            error = "spec.pipeline: Required value: a Pipeline Composition needs at least one step";
            return null;
        }
        var steps = new List<PipelineStep>();
        for (var i = 0; i < pipeline.Count; i++)
        {
            var step = pipeline[i] as JsonObject;
            var name = Text(step?["step"]);
            var functionName = Text(step?["functionRef"]?["name"]);
            if (functionName.Length == 0)
            {
                error = $"spec.pipeline[{i}].functionRef.name: Required value: pipeline step \"{name}\" must name a function";
                return null;
            }
            var input = step?["input"];
            string? package = null;
            if (functions is not null)
            {
                var function = functions.FirstOrDefault(f => Text(f["metadata"]?["name"]) == functionName);
                if (function is null)
                {
                    error = $"spec.pipeline[{i}].functionRef.name: Invalid value: {GoQuote.Quote(functionName)}: pipeline step \"{name}\" uses function \"{functionName}\", which is not in the functions file";
                    return null;
                }
                package = Text(function["spec"]?["package"]);
            }
            var isPatchAndTransform = package is not null
                ? package.Contains(PatchAndTransformPackage, StringComparison.Ordinal)
                : Text(input?["apiVersion"]).StartsWith("pt.fn.crossplane.io/", StringComparison.Ordinal) && Text(input?["kind"]) == "Resources";
            if (!isPatchAndTransform)
            {
                var what = package is null ? $"function \"{functionName}\"" : $"function \"{functionName}\" ({package})";
                error = $"spec.pipeline[{i}]: pipeline step \"{name}\" uses {what}; only function-patch-and-transform can be rendered";
                return null;
            }
            steps.Add(new PipelineStep(name, functionName, input));
        }
        return steps;
    }

    private static string Text(JsonNode? node) => GoValue.KindOf(node) == GoKind.String ? GoValue.AsString(node!) : "";
}
