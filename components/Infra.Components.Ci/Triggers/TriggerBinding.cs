using System.Text.Json.Serialization.Metadata;
using Infra.Components.Ci.Resources;

namespace Infra.Components.Ci.Triggers;

/// <summary>A Tekton Triggers <c>TriggerBinding</c> (triggers.tekton.dev/v1beta1).</summary>
/// <param name="Metadata">The metadata.</param>
/// <param name="Spec">The spec.</param>
public sealed record TriggerBinding(ResourceMetadata Metadata, TriggerBindingSpec Spec) : TypedCustomResource<TriggerBindingSpec>(Metadata, Spec)
{
    /// <inheritdoc />
    public override string ApiVersion => "triggers.tekton.dev/v1beta1";

    /// <inheritdoc />
    public override string Kind => "TriggerBinding";

    /// <inheritdoc />
    protected override JsonTypeInfo<TriggerBindingSpec> SpecTypeInfo => CrdJson.Default.TriggerBindingSpec;
}
