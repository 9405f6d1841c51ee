namespace Infra.Providers.Kubernetes.Rendering;

/// <summary>
/// The external-secrets.io store that rendered <c>ExternalSecret</c>s point at instead of writing a
/// Secret's values to disk.
/// </summary>
/// <param name="Kind"><c>SecretStore</c> (in the Secret's namespace) or <c>ClusterSecretStore</c>.</param>
/// <param name="Name">The store's name.</param>
/// <param name="KeyPrefix">Prepended to <c>&lt;namespace&gt;/&lt;name&gt;</c> to form each remote key, e.g. <c>prod/</c>.</param>
public sealed record SecretStoreReference(string Kind, string Name, string KeyPrefix = "");
