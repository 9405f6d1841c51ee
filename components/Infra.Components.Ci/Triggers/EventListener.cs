using System.Text.Json.Serialization.Metadata;
using Infra.Components.Ci.Resources;

namespace Infra.Components.Ci.Triggers;

/// <summary>A Tekton Triggers <c>EventListener</c> (triggers.tekton.dev/v1beta1).</summary>
/// <param name="Metadata">The metadata.</param>
/// <param name="Spec">The spec.</param>
public sealed record EventListener(ResourceMetadata Metadata, EventListenerSpec Spec) : TypedCustomResource<EventListenerSpec>(Metadata, Spec)
{
    /// <inheritdoc />
    public override string ApiVersion => "triggers.tekton.dev/v1beta1";

    /// <inheritdoc />
    public override string Kind => "EventListener";

    /// <inheritdoc />
    protected override JsonTypeInfo<EventListenerSpec> SpecTypeInfo => CrdJson.Default.EventListenerSpec;
}
