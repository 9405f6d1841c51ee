using Infra.Providers;

[assembly: InfraProvider(typeof(Infra.Etcd.Provider.EtcdProviderFactory))]

namespace Infra.Etcd.Provider;

/// <summary>
/// Creates the etcd provider (package <c>etcd</c>). Config keys: <c>etcd:endpoints</c> (comma-separated
/// <c>host:port</c>, optionally with <c>https://</c>; default <c>127.0.0.1:2379</c>), <c>etcd:username</c>,
/// <c>etcd:password</c> (set it as a secret), <c>etcd:tls</c> (true/false), <c>etcd:caCert</c>, <c>etcd:cert</c>,
/// <c>etcd:key</c> (PEM files, relative to the project folder) and <c>etcd:timeout</c> (seconds per call, default 10).
/// </summary>
public sealed class EtcdProviderFactory : IProviderFactory
{
    /// <inheritdoc />
    public string Package => "etcd";

    /// <inheritdoc />
    public IProvider Create(ProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new EtcdProvider(EtcdProviderConfig.Parse(context));
    }
}
