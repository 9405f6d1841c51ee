using System.Text.Json;
using System.Text.Json.Nodes;

namespace Infra.Components.Ci.Resources;

/// <summary>A custom resource with a typed spec that serializes to the upstream CRD's shape.</summary>
/// <typeparam name="TSpec">The spec record.</typeparam>
/// <param name="Metadata">The object's metadata.</param>
/// <param name="Spec">The spec.</param>
public abstract record TypedCustomResource<TSpec>(ResourceMetadata Metadata, TSpec Spec) : ITypedCustomResource
    where TSpec : class
{
    /// <inheritdoc />
    public abstract string ApiVersion { get; }

    /// <inheritdoc />
    public abstract string Kind { get; }

    /// <inheritdoc />
    public JsonObject SpecJson() => JsonSerializer.SerializeToNode(Spec, CrdJson.Options)!.AsObject();

    /// <inheritdoc />
    public JsonObject ToManifest() => new()
    {
        ["apiVersion"] = ApiVersion,
        ["kind"] = Kind,
        ["metadata"] = JsonSerializer.SerializeToNode(Metadata, CrdJson.Options),
        ["spec"] = SpecJson(),
    };
}
