using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Infra.Components.Ci.Tests.Support;
using NJsonSchema;
using YamlDotNet.RepresentationModel;

namespace Infra.Components.Ci.Tests.Schemas;

/// <summary>
/// The upstream CRDs under ../shared/schemas/crds (see its README for repositories and commits), loaded once per
/// test run: for each apiVersion/kind the version's <c>openAPIV3Schema</c> converted to JSON Schema.
/// </summary>
public sealed class CrdSchemas
{
    private static readonly IReadOnlyDictionary<string, string> Files = new Dictionary<string, string>
    {
        ["tekton.dev/Task"] = "tekton-pipeline/300-task.yaml",
        ["tekton.dev/Pipeline"] = "tekton-pipeline/300-pipeline.yaml",
        ["tekton.dev/PipelineRun"] = "tekton-pipeline/300-pipelinerun.yaml",
        ["triggers.tekton.dev/TriggerTemplate"] = "tekton-triggers/300-triggertemplate.yaml",
        ["triggers.tekton.dev/TriggerBinding"] = "tekton-triggers/300-triggerbinding.yaml",
        ["triggers.tekton.dev/EventListener"] = "tekton-triggers/300-eventlistener.yaml",
        ["argoproj.io/WorkflowTemplate"] = "argo-workflows/argoproj.io_workflowtemplates.yaml",
        ["argoproj.io/CronWorkflow"] = "argo-workflows/argoproj.io_cronworkflows.yaml",
        ["argoproj.io/Application"] = "argo-cd/application-crd.yaml",
        ["argoproj.io/ApplicationSet"] = "argo-cd/applicationset-crd.yaml",
    };

    private readonly ConcurrentDictionary<string, Lazy<JsonSchema>> _schemas = new(StringComparer.Ordinal);

    /// <summary>The schema for <paramref name="apiVersion"/> (group/version) and <paramref name="kind"/>.</summary>
    public JsonSchema For(string apiVersion, string kind)
    {
        var group = apiVersion.Split('/')[0];
        var version = apiVersion.Split('/')[1];
        var file = Files.TryGetValue($"{group}/{kind}", out var f) ? f : throw new ArgumentException($"no CRD file mapped for {apiVersion} {kind}");
        return _schemas.GetOrAdd($"{apiVersion}/{kind}", _ => new Lazy<JsonSchema>(() => Load(file, kind, version))).Value;
    }

    /// <summary>Validation errors of <paramref name="manifest"/>, one line each with its path.</summary>
    public IReadOnlyList<string> Validate(JsonObject manifest)
    {
        var schema = For(manifest["apiVersion"]!.GetValue<string>(), manifest["kind"]!.GetValue<string>());
        return schema.Validate(manifest.ToJsonString()).SelectMany(Flatten).ToList();
    }

    private static IEnumerable<string> Flatten(NJsonSchema.Validation.ValidationError error) =>
        error is NJsonSchema.Validation.ChildSchemaValidationError child
            ? child.Errors.SelectMany(e => e.Value).SelectMany(Flatten).Prepend($"{error.Path}: {error.Kind}")
            : [$"{error.Path}: {error.Kind}"];

    private static JsonSchema Load(string relativeFile, string kind, string version)
    {
        var path = Path.Combine(RepositoryRoot.CrdDirectory, relativeFile);
        var yaml = new YamlStream();
        using (var reader = File.OpenText(path))
        {
            yaml.Load(reader);
        }
        var crd = OpenApiToJsonSchema.FromYaml(yaml.Documents[0].RootNode)!.AsObject();
        var crdKind = crd["spec"]!["names"]!["kind"]!.GetValue<string>();
        if (crdKind != kind)
        {
            throw new InvalidOperationException($"{relativeFile} defines {crdKind}, not {kind}");
        }
        var versionEntry = crd["spec"]!["versions"]!.AsArray().Select(v => v!.AsObject())
            .FirstOrDefault(v => v["name"]!.GetValue<string>() == version && v["served"]?.GetValue<bool>() != false)
            ?? throw new InvalidOperationException($"{relativeFile} serves no version {version}");
        var openApi = versionEntry["schema"]!["openAPIV3Schema"]!.AsObject();
        var jsonSchema = OpenApiToJsonSchema.Convert(openApi);
        return JsonSchema.FromJsonAsync(jsonSchema.ToJsonString()).GetAwaiter().GetResult();
    }
}
