using Infra.Properties;
using Infra.Providers.Kubernetes.Configuration;
using Infra.Providers.Kubernetes.Manifests;

namespace Infra.Providers.Kubernetes.Provider;

/// <summary>
/// Validates a resource's manifest before anything is planned: its identity, the provider configuration, and — in
/// render mode — that no secret value would be written to a file in plaintext without <c>kubernetes:renderSecrets</c>.
/// </summary>
internal static class ManifestChecks
{
    private const string RenderSecretsHint =
        "set `kubernetes:renderSecrets: true` to write secret values to the rendered files, or `kubernetes:secretStore` to render an ExternalSecret";

    public static IReadOnlyList<CheckFailure> Check(PropertyMap inputs, ProviderSettings settings)
    {
        var failures = settings.Problems.Select(p => new CheckFailure(p.Path, p.Message)).ToList();
        var value = ManifestProperty.Value(inputs);
        if (value is null || value.Unsecret().Kind is not (PropertyValueKind.Object or PropertyValueKind.Unknown))
        {
            failures.Add(new CheckFailure(ManifestProperty.Name, "a Kubernetes object (apiVersion, kind, metadata) is required"));
            return failures;
        }

        if (value.ContainsUnknowns || value.Unsecret().Kind == PropertyValueKind.Unknown)
        {
            // Parts are computed by other resources; they are checked again once known.
            return failures;
        }

        // The identity is read from the property value: converting every manifest to JSON here cost as much as
        // rendering it, on every resource of every run. Only failures and Secrets need the JSON form.
        if (!ResourceIdentity.TryFromProperties(value, out var identity))
        {
            var invalid = ResourceIdentity.TryFromManifest(ManifestProperty.Json(inputs)!, out _, out var error) ? null : error;
            failures.Add(new CheckFailure($"{ManifestProperty.Name}.{invalid?.Path}", invalid?.Message ?? "the object's identity is not readable"));
            return failures;
        }

        if (settings.Config.Mode == KubernetesMode.Render && !settings.Config.Render.RenderSecrets)
        {
            failures.AddRange(PlaintextSecrets(inputs, identity, settings.Config));
        }

        return failures;
    }

    private static IEnumerable<CheckFailure> PlaintextSecrets(
        PropertyMap inputs, ResourceIdentity identity, KubernetesProviderConfig config)
    {
        var isSecret = identity.Group.Length == 0 && identity.Kind == "Secret";
        if (isSecret)
        {
            if (config.Render.SecretStore is not null)
            {
                yield break; // rendered as an ExternalSecret that holds no values
            }

            var manifest = ManifestProperty.Json(inputs)!;
            foreach (var field in new[] { "data", "stringData" })
            {
                if (manifest[field] is System.Text.Json.Nodes.JsonObject { Count: > 0 } values)
                {
                    var key = values.First().Key;
                    yield return new CheckFailure(
                        $"{ManifestProperty.Name}.{field}.{key}",
                        $"refusing to write the values of Secret {identity} to a rendered file in plaintext; {RenderSecretsHint}");
                }
            }

            yield break;
        }

        foreach (var path in ManifestProperty.SecretPaths(inputs))
        {
            yield return new CheckFailure(
                path, $"this value of {identity} is secret and would be written to a rendered file in plaintext; {RenderSecretsHint}");
        }
    }
}
