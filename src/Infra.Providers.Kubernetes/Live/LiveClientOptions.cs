namespace Infra.Providers.Kubernetes.Live;

/// <summary>Settings for <see cref="KubernetesLiveClient"/>.</summary>
public sealed record LiveClientOptions
{
    /// <summary>Server-side apply field manager name.</summary>
    public string FieldManager { get; init; } = "infra";

    /// <summary>Namespace for namespaced objects whose manifest has none (the kubeconfig context's namespace wins when set).</summary>
    public string DefaultNamespace { get; init; } = "default";

    /// <summary>How often readiness and deletion waits poll the API server.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How long one HTTP request may take before it fails as unanswered.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Clock for waits and timeouts.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
