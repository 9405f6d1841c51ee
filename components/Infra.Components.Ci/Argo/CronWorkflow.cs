using System.Text.Json.Serialization.Metadata;
using Infra.Components.Ci.Resources;

namespace Infra.Components.Ci.Argo;

/// <summary>An Argo <c>CronWorkflow</c> (argoproj.io/v1alpha1).</summary>
/// <param name="Metadata">The metadata.</param>
/// <param name="Spec">The spec.</param>
public sealed record CronWorkflow(ResourceMetadata Metadata, CronWorkflowSpec Spec) : TypedCustomResource<CronWorkflowSpec>(Metadata, Spec)
{
    /// <inheritdoc />
    public override string ApiVersion => "argoproj.io/v1alpha1";

    /// <inheritdoc />
    public override string Kind => "CronWorkflow";

    /// <inheritdoc />
    protected override JsonTypeInfo<CronWorkflowSpec> SpecTypeInfo => CrdJson.Default.CronWorkflowSpec;
}
