using Infra.Providers;

[assembly: InfraProvider(typeof(Infra.Consul.Provider.ConsulProviderFactory))]

namespace Infra.Consul.Provider;

/// <summary>
/// Creates the Consul provider (package <c>consul</c>). Config keys: <c>consul:address</c> (default
/// <c>http://127.0.0.1:8500</c>), <c>consul:token</c> (secret), <c>consul:datacenter</c>, <c>consul:caCert</c> (PEM file
/// relative to the project folder), <c>consul:maxRetries</c> (default 3), <c>consul:retryDelayMs</c> (default 200) and
/// <c>consul:timeout</c> (seconds, default 30).
/// </summary>
public sealed class ConsulProviderFactory : IProviderFactory
{
    /// <inheritdoc />
    public string Package => "consul";

    /// <inheritdoc />
    public IProvider Create(ProviderContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new ConsulProvider(context);
    }
}
