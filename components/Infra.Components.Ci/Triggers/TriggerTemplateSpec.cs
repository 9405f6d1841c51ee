using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Infra.Components.Ci.Triggers;

/// <summary>The spec of a Tekton Triggers <c>TriggerTemplate</c> (triggers.tekton.dev/v1beta1).</summary>
/// <param name="Params">Declared parameters, referenced as <c>$(tt.params.x)</c>.</param>
/// <param name="ResourceTemplates">The objects created per event (usually one PipelineRun).</param>
public sealed record TriggerTemplateSpec(
    IReadOnlyList<TriggerTemplateParam> Params,
    [property: JsonPropertyName("resourcetemplates")] IReadOnlyList<JsonObject> ResourceTemplates);
