using System.Text.Json.Serialization.Metadata;
using Infra.Components.Ci.Resources;

namespace Infra.Components.Ci.Tekton;

/// <summary>A Tekton <c>PipelineRun</c> (tekton.dev/v1).</summary>
/// <param name="Metadata">The metadata (usually with <c>GenerateName</c>).</param>
/// <param name="Spec">The spec.</param>
public sealed record TektonPipelineRun(ResourceMetadata Metadata, TektonPipelineRunSpec Spec) : TypedCustomResource<TektonPipelineRunSpec>(Metadata, Spec)
{
    /// <inheritdoc />
    public override string ApiVersion => "tekton.dev/v1";

    /// <inheritdoc />
    public override string Kind => "PipelineRun";

    /// <inheritdoc />
    protected override JsonTypeInfo<TektonPipelineRunSpec> SpecTypeInfo => CrdJson.Default.TektonPipelineRunSpec;
}
