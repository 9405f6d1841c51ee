using System.Text.Json.Serialization.Metadata;
using Infra.Components.Ci.Resources;

namespace Infra.Components.Ci.Tekton;

/// <summary>A Tekton <c>Task</c> (tekton.dev/v1).</summary>
/// <param name="Metadata">The metadata.</param>
/// <param name="Spec">The spec.</param>
public sealed record TektonTask(ResourceMetadata Metadata, TektonTaskSpec Spec) : TypedCustomResource<TektonTaskSpec>(Metadata, Spec)
{
    /// <inheritdoc />
    public override string ApiVersion => "tekton.dev/v1";

    /// <inheritdoc />
    public override string Kind => "Task";

    /// <inheritdoc />
    protected override JsonTypeInfo<TektonTaskSpec> SpecTypeInfo => CrdJson.Default.TektonTaskSpec;
}
