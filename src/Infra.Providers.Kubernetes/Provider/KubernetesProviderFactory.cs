using Infra.Kubernetes;
using Infra.Providers;
using Infra.Providers.Kubernetes.Provider;

[assembly: InfraProvider(typeof(KubernetesProviderFactory))]

namespace Infra.Providers.Kubernetes.Provider;

/// <summary>
/// Creates the <c>kubernetes</c> provider. Configuration comes from the stack's <c>kubernetes:*</c> keys: render mode
/// (the default) writes one YAML file per object (or, with <c>renderLayout: namespace</c>, one per namespace) into
/// <c>&lt;outDir&gt;/&lt;stack&gt;/</c> plus a kustomization;
/// live mode (<c>kubeconfig</c>/<c>context</c> set, or <c>mode: live</c>) server-side applies to a cluster.
/// </summary>
public sealed class KubernetesProviderFactory : IProviderFactory
{
    /// <inheritdoc />
    public string Package => KubernetesTypeToken.Package;

    /// <inheritdoc />
    public IProvider Create(ProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new KubernetesProvider(ProviderSettings.From(context), context.Log);
    }
}
