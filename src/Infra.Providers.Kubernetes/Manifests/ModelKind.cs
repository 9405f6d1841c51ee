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
    public static ModelKind? For(Type type)
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

    private static string? Constant(Type type, string name) =>
        type.GetField(name, BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as string;
}
