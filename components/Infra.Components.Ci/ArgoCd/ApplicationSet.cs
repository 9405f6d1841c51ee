using System.Text.Json.Serialization.Metadata;
using Infra.Components.Ci.Resources;

namespace Infra.Components.Ci.ArgoCd;

/// <summary>An Argo CD <c>ApplicationSet</c> (argoproj.io/v1alpha1).</summary>
/// <param name="Metadata">The metadata.</param>
/// <param name="Spec">The spec.</param>
public sealed record ApplicationSet(ResourceMetadata Metadata, ApplicationSetSpec Spec) : TypedCustomResource<ApplicationSetSpec>(Metadata, Spec)
{
    /// <inheritdoc />
    public override string ApiVersion => "argoproj.io/v1alpha1";

    /// <inheritdoc />
    public override string Kind => "ApplicationSet";

    /// <inheritdoc />
    protected override JsonTypeInfo<ApplicationSetSpec> SpecTypeInfo => CrdJson.Default.ApplicationSetSpec;
}
