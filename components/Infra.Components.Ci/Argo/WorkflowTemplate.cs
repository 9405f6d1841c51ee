using System.Text.Json.Serialization.Metadata;
using Infra.Components.Ci.Resources;

namespace Infra.Components.Ci.Argo;

/// <summary>An Argo <c>WorkflowTemplate</c> (argoproj.io/v1alpha1).</summary>
/// <param name="Metadata">The metadata.</param>
/// <param name="Spec">The spec.</param>
public sealed record WorkflowTemplate(ResourceMetadata Metadata, WorkflowTemplateSpec Spec) : TypedCustomResource<WorkflowTemplateSpec>(Metadata, Spec)
{
    /// <inheritdoc />
    public override string ApiVersion => "argoproj.io/v1alpha1";

    /// <inheritdoc />
    public override string Kind => "WorkflowTemplate";

    /// <inheritdoc />
    protected override JsonTypeInfo<WorkflowTemplateSpec> SpecTypeInfo => CrdJson.Default.WorkflowTemplateSpec;
}
