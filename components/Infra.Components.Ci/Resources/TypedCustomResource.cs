using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

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

    /// <summary>
    /// The serialization contract of <typeparamref name="TSpec"/>, e.g. from a source-generated
    /// <see cref="System.Text.Json.Serialization.JsonSerializerContext"/> with camelCase names and null fields omitted.
    /// </summary>
    protected abstract JsonTypeInfo<TSpec> SpecTypeInfo { get; }

    /// <inheritdoc />
    public JsonObject SpecJson() => JsonSerializer.SerializeToNode(Spec, SpecTypeInfo)!.AsObject();

    /// <inheritdoc />
    public JsonObject ToManifest() => new()
    {
        ["apiVersion"] = ApiVersion,
        ["kind"] = Kind,
        ["metadata"] = JsonSerializer.SerializeToNode(Metadata, CrdJson.Default.ResourceMetadata),
        ["spec"] = SpecJson(),
    };
}
