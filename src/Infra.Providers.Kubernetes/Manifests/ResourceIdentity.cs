using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Nodes;
using Infra.Properties;

namespace Infra.Providers.Kubernetes.Manifests;

/// <summary>Identifies one Kubernetes object: API version, kind, namespace (null when cluster-scoped) and name.</summary>
/// <param name="ApiVersion">For example <c>apps/v1</c> or <c>v1</c>.</param>
/// <param name="Kind">For example <c>Deployment</c>.</param>
/// <param name="Namespace">The namespace, or null for cluster-scoped objects and namespaced objects that use the default.</param>
/// <param name="Name">The object's <c>metadata.name</c>.</param>
public sealed record ResourceIdentity(string ApiVersion, string Kind, string? Namespace, string Name)
{
    /// <summary>API group: the part of <see cref="ApiVersion"/> before '/', empty for the core group.</summary>
    public string Group => JsonRead.GroupOf(ApiVersion);

    /// <summary>API version without the group, e.g. <c>v1</c>.</summary>
    public string Version => ApiVersion[(ApiVersion.IndexOf('/') + 1)..];

    /// <summary>Reads apiVersion, kind, metadata.namespace and metadata.name from a manifest.</summary>
    /// <returns>True when all required fields are present and well-formed; otherwise <paramref name="error"/> says which is not.</returns>
    public static bool TryFromManifest(
        JsonObject manifest,
        [NotNullWhen(true)] out ResourceIdentity? identity,
        [NotNullWhen(false)] out KubernetesDiagnostic? error)
    {
        identity = null;
        var apiVersion = ReadString(manifest, "apiVersion");
        var kind = ReadString(manifest, "kind");
        var metadata = manifest["metadata"] as JsonObject;
        var name = metadata is null ? null : ReadString(metadata, "name");
        var ns = metadata is null ? null : ReadString(metadata, "namespace");
        var label = $"{apiVersion ?? "?"} {kind ?? "?"} {(ns is null ? string.Empty : ns + "/")}{name ?? "?"}";

        error = apiVersion is null ? new KubernetesDiagnostic(label, "apiVersion", "apiVersion is required (a string such as \"apps/v1\")")
            : kind is null ? new KubernetesDiagnostic(label, "kind", "kind is required (a string such as \"Deployment\")")
            : name is null ? new KubernetesDiagnostic(label, "metadata.name", "metadata.name is required; generateName is not supported because the object must be addressable")
            : null;
        if (error is not null)
        {
            return false;
        }

        identity = new ResourceIdentity(apiVersion!, kind!, ns, name!);
        return true;
    }

    /// <summary>
    /// Reads the identity from a manifest held as a property value (secret markers are looked through), without
    /// converting the whole manifest to JSON; the same result as <see cref="TryFromManifest"/> of its JSON form.
    /// </summary>
    /// <returns>True when all required fields are present and well-formed; false when any is not (call
    /// <see cref="TryFromManifest"/> on the JSON form for the diagnostic).</returns>
    public static bool TryFromProperties(PropertyValue manifest, [NotNullWhen(true)] out ResourceIdentity? identity)
    {
        identity = null;
        if (manifest.Unsecret() is not { Kind: PropertyValueKind.Object } top)
        {
            return false;
        }

        var apiVersion = NonEmptyText(top.ObjectValue.Get("apiVersion"));
        var kind = NonEmptyText(top.ObjectValue.Get("kind"));
        var metadata = top.ObjectValue.Get("metadata")?.Unsecret();
        var name = metadata is { Kind: PropertyValueKind.Object } ? NonEmptyText(metadata.ObjectValue.Get("name")) : null;
        var ns = metadata is { Kind: PropertyValueKind.Object } ? NonEmptyText(metadata.ObjectValue.Get("namespace")) : null;
        if (apiVersion is null || kind is null || name is null)
        {
            return false;
        }

        identity = new ResourceIdentity(apiVersion, kind, ns, name);
        return true;
    }

    /// <summary>Readable form used in messages, e.g. <c>apps/v1 Deployment default/web</c>.</summary>
    public override string ToString() =>
        $"{ApiVersion} {Kind} {(Namespace is null ? string.Empty : Namespace + "/")}{Name}";

    private static string? ReadString(JsonObject parent, string key) => JsonRead.NonEmptyText(parent[key]);

    private static string? NonEmptyText(PropertyValue? value) =>
        value?.Unsecret() is { Kind: PropertyValueKind.String } text && text.StringValue.Length > 0 ? text.StringValue : null;
}
