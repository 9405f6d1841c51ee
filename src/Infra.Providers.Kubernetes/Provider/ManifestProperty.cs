using System.Text.Json.Nodes;
using Infra.Kubernetes;
using Infra.Properties;
using Infra.Providers.Kubernetes.Manifests;

namespace Infra.Providers.Kubernetes.Provider;

/// <summary>Reads and writes the single <c>manifest</c> property that inputs and outputs of every Kubernetes resource hold.</summary>
internal static class ManifestProperty
{
    public const string Name = "manifest";

    /// <summary>The manifest value, or null when the property is missing.</summary>
    public static PropertyValue? Value(PropertyMap properties) => properties.Get(Name);

    /// <summary>The manifest as plain JSON (secrets revealed), or null when it is missing, unknown or not an object.</summary>
    public static JsonObject? Json(PropertyMap properties) =>
        Value(properties)?.RevealSecrets() is { Kind: PropertyValueKind.Object } value
            ? PropertyJson.ToJson(value.ObjectValue, SecretRendering.Reveal)
            : null;

    /// <summary>The manifest's identity; throws for manifests that passed Check, which guarantees one.</summary>
    public static ResourceIdentity Identity(JsonObject manifest) =>
        ResourceIdentity.TryFromManifest(manifest, out var identity, out var error)
            ? identity
            : throw new ProviderException($"the manifest has no identity: {error}");

    /// <summary>The resource ID: <c>namespace/name</c>, or <c>name</c> for objects without a namespace.</summary>
    public static string IdOf(ResourceIdentity identity) =>
        identity.Namespace is null ? identity.Name : $"{identity.Namespace}/{identity.Name}";

    /// <summary>Outputs holding <paramref name="manifest"/>, secret as a whole when the inputs held secrets or the object is a Secret.</summary>
    /// <param name="manifest">The object as stored.</param>
    /// <param name="inputs">The inputs it was written from.</param>
    /// <param name="identity">Its identity.</param>
    /// <param name="desired">The JSON form of <paramref name="inputs"/> that was applied, when the caller has it: a store
    /// that returns that very object stored it unchanged.</param>
    public static PropertyMap Outputs(JsonObject manifest, PropertyMap inputs, ResourceIdentity identity, JsonObject? desired = null)
    {
        // As written: the inputs themselves, keeping their secret markers where they are.
        var value = Value(inputs) is { } given
            && (ReferenceEquals(manifest, desired) || (Json(inputs) is { } same && JsonNode.DeepEquals(same, manifest)))
            ? given
            : ManifestArgs.ToValue(manifest);
        var secret = inputs.ContainsSecrets || (identity.Group.Length == 0 && identity.Kind == "Secret");
        return PropertyMap.Create((Name, secret ? PropertyValue.MakeSecret(value) : value));
    }

    /// <summary>Paths (e.g. <c>manifest.data.password</c>) of values marked secret, in document order.</summary>
    public static IReadOnlyList<string> SecretPaths(PropertyMap inputs)
    {
        var paths = new List<string>();
        if (Value(inputs) is { } manifest)
        {
            Collect(manifest, Name, paths);
        }

        return paths;
    }

    private static void Collect(PropertyValue value, string path, List<string> paths)
    {
        if (!value.ContainsSecrets)
        {
            return;
        }

        switch (value.Kind)
        {
            case PropertyValueKind.Secret:
                paths.Add(path);
                break;
            case PropertyValueKind.Object:
                foreach (var (key, item) in value.ObjectValue)
                {
                    Collect(item, $"{path}.{key}", paths);
                }

                break;
            case PropertyValueKind.Array:
                for (var i = 0; i < value.ArrayValue.Length; i++)
                {
                    Collect(value.ArrayValue[i], $"{path}[{i}]", paths);
                }

                break;
        }
    }
}
