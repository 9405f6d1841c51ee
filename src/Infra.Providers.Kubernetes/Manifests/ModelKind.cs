using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using k8s.Models;

namespace Infra.Providers.Kubernetes.Manifests;

/// <summary>
/// The apiVersion and kind of a KubernetesClient model type, read from its <c>KubeGroup</c>/<c>KubeApiVersion</c>/
/// <c>KubeKind</c> constants. Instantiating its <see cref="KubernetesEntityAttribute"/> instead would emit a dynamic
/// method per call (the attribute's property setters), whose finalizers dominated large runs.
/// </summary>
internal sealed record ModelKind(string ApiVersion, string Kind)
{
    /// <summary>The apiVersion and kind of <paramref name="type"/>, or null when it is not a model with a known kind.</summary>
    public static ModelKind? For([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] Type type)
    {
        var kind = Constant(type, "KubeKind");
        var version = Constant(type, "KubeApiVersion");
        if (!string.IsNullOrEmpty(kind) && version is not null)
        {
            var group = Constant(type, "KubeGroup");
            return new ModelKind(string.IsNullOrEmpty(group) ? version : $"{group}/{version}", kind);
        }

        // Models generated without the constants still carry the attribute.
        var entity = type.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType == typeof(KubernetesEntityAttribute));
        if (entity is null)
        {
            return null;
        }

        string? Named(string name) => entity.NamedArguments.FirstOrDefault(a => a.MemberName == name).TypedValue.Value as string;
        var entityKind = Named(nameof(KubernetesEntityAttribute.Kind));
        var entityVersion = Named(nameof(KubernetesEntityAttribute.ApiVersion));
        if (string.IsNullOrEmpty(entityKind) || entityVersion is null)
        {
            return null;
        }

        var entityGroup = Named(nameof(KubernetesEntityAttribute.Group));
        return new ModelKind(string.IsNullOrEmpty(entityGroup) ? entityVersion : $"{entityGroup}/{entityVersion}", entityKind);
    }

    /// <summary>The apiVersion and kind of <paramref name="model"/>'s runtime type (see <see cref="For"/>).</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2072", Justification =
        "Model objects are KubernetesClient models (FromModel's documented input; KubernetesResource<T> reads T's kind through "
        + "For(typeof(T)), T annotated). KubernetesClient is not marked trimmable and serializes its models by reflection, so "
        + "a trimmed app keeps it whole (TrimMode=partial, the documented Native AOT publish), the Kube* constants included.")]
    public static ModelKind? Of(object model) => For(model.GetType());

    private static string? Constant([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] Type type, string name) =>
        type.GetField(name, BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as string;
}
