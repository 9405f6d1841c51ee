using Infra.Providers.Kubernetes.Live;
using Infra.Providers.Kubernetes.Rendering;

namespace Infra.Providers.Kubernetes.Configuration;

/// <summary>The provider's settings, read from the stack's <c>kubernetes:*</c> config by <see cref="KubernetesConfigReader"/>.</summary>
/// <param name="Mode">Render (default) or Live.</param>
/// <param name="Render">Render-mode output settings.</param>
/// <param name="KubeconfigPath">kubeconfig file for live mode; null means the default lookup.</param>
/// <param name="Context">kubeconfig context for live mode; null means the current context.</param>
/// <param name="Live">Live-client settings (field manager, polling).</param>
/// <param name="ForceConflicts">Apply with <c>force=true</c>, taking over fields other managers own.</param>
/// <param name="WaitTimeout">How long to wait for readiness after apply; zero skips waiting.</param>
public sealed record KubernetesProviderConfig(
    KubernetesMode Mode,
    RenderOptions Render,
    string? KubeconfigPath,
    string? Context,
    LiveClientOptions Live,
    bool ForceConflicts,
    TimeSpan WaitTimeout);
