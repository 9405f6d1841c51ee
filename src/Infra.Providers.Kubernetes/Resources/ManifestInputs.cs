using Infra.Properties;

namespace Infra.Kubernetes;

/// <summary>
/// Wraps a computed property map so the engine sees an object with a <c>manifest</c> property even while the manifest
/// is unknown (preview of a resource built from outputs of resources not created yet).
/// </summary>
internal static class ManifestInputs
{
    public static Dictionary<string, object?> From(Output<PropertyMap> properties) => new(StringComparer.Ordinal)
    {
        ["manifest"] = properties.Apply(p => p.Get("manifest") ?? PropertyValue.Null),
    };
}
