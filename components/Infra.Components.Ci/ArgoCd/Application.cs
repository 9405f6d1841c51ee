using System.Text.Json.Serialization.Metadata;
using Infra.Components.Ci.Resources;

namespace Infra.Components.Ci.ArgoCd;

/// <summary>An Argo CD <c>Application</c> (argoproj.io/v1alpha1).</summary>
/// <param name="Metadata">The metadata (in Argo CD's namespace).</param>
/// <param name="Spec">The spec.</param>
public sealed record Application(ResourceMetadata Metadata, ApplicationSpec Spec) : TypedCustomResource<ApplicationSpec>(Metadata, Spec)
{
    /// <inheritdoc />
    public override string ApiVersion => "argoproj.io/v1alpha1";

    /// <inheritdoc />
    public override string Kind => "Application";

    /// <inheritdoc />
    protected override JsonTypeInfo<ApplicationSpec> SpecTypeInfo => CrdJson.Default.ApplicationSpec;
}
