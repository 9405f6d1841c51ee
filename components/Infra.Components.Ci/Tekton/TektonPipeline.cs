using System.Text.Json.Serialization.Metadata;
using Infra.Components.Ci.Resources;

namespace Infra.Components.Ci.Tekton;

/// <summary>A Tekton <c>Pipeline</c> (tekton.dev/v1).</summary>
/// <param name="Metadata">The metadata.</param>
/// <param name="Spec">The spec.</param>
public sealed record TektonPipeline(ResourceMetadata Metadata, TektonPipelineSpec Spec) : TypedCustomResource<TektonPipelineSpec>(Metadata, Spec)
{
    /// <inheritdoc />
    public override string ApiVersion => "tekton.dev/v1";

    /// <inheritdoc />
    public override string Kind => "Pipeline";

    /// <inheritdoc />
    protected override JsonTypeInfo<TektonPipelineSpec> SpecTypeInfo => CrdJson.Default.TektonPipelineSpec;
}
