using System.Text.Json.Nodes;

namespace Infra.Compositions.Objects;

/// <summary>What one render of a composite produced, as objects instead of a YAML stream.</summary>
/// <param name="Composite">The desired XR with its <c>Ready</c> condition (as <c>crossplane render</c> prints it).</param>
/// <param name="ComposedResources">The composed resources, sorted by composition resource name.</param>
public sealed record RenderedComposite(JsonObject Composite, IReadOnlyList<JsonObject> ComposedResources)
{
    /// <summary>The annotation that carries a composed resource's name within its composition.</summary>
    public const string ResourceNameAnnotation = "crossplane.io/composition-resource-name";

    /// <summary>The composition resource name of <paramref name="resource"/> (empty when it has none).</summary>
    public static string ResourceNameOf(JsonObject resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return resource["metadata"]?["annotations"]?[ResourceNameAnnotation] is JsonValue v && v.TryGetValue<string>(out var name) ? name : "";
    }
}
