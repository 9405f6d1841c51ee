using System.Text.Json.Serialization.Metadata;
using Infra.Components.Ci.Resources;

namespace Infra.Components.Ci.Triggers;

/// <summary>A Tekton Triggers <c>TriggerTemplate</c> (triggers.tekton.dev/v1beta1).</summary>
/// <param name="Metadata">The metadata.</param>
/// <param name="Spec">The spec.</param>
public sealed record TriggerTemplate(ResourceMetadata Metadata, TriggerTemplateSpec Spec) : TypedCustomResource<TriggerTemplateSpec>(Metadata, Spec)
{
    /// <inheritdoc />
    public override string ApiVersion => "triggers.tekton.dev/v1beta1";

    /// <inheritdoc />
    public override string Kind => "TriggerTemplate";

    /// <inheritdoc />
    protected override JsonTypeInfo<TriggerTemplateSpec> SpecTypeInfo => CrdJson.Default.TriggerTemplateSpec;
}
