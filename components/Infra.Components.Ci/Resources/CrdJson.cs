using System.Text.Json.Serialization;
using Infra.Components.Ci.Argo;
using Infra.Components.Ci.ArgoCd;
using Infra.Components.Ci.Tekton;
using Infra.Components.Ci.Triggers;

namespace Infra.Components.Ci.Resources;

/// <summary>
/// Source-generated JSON in the conventions of Kubernetes APIs (camelCase names, unset (null) fields omitted, enums by
/// name) for the metadata and the specs of this component's typed custom resources.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(ResourceMetadata))]
[JsonSerializable(typeof(ApplicationSpec))]
[JsonSerializable(typeof(ApplicationSetSpec))]
[JsonSerializable(typeof(CronWorkflowSpec))]
[JsonSerializable(typeof(WorkflowTemplateSpec))]
[JsonSerializable(typeof(TektonPipelineSpec))]
[JsonSerializable(typeof(TektonPipelineRunSpec))]
[JsonSerializable(typeof(TektonTaskSpec))]
[JsonSerializable(typeof(EventListenerSpec))]
[JsonSerializable(typeof(TriggerBindingSpec))]
[JsonSerializable(typeof(TriggerTemplateSpec))]
internal sealed partial class CrdJson : JsonSerializerContext;
