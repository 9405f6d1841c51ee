using Infra.Providers;

[assembly: InfraProvider(typeof(Infra.Providers.Tls.TlsProviderFactory))]

namespace Infra.Providers.Tls;

/// <summary>
/// Creates the <c>tls</c> provider. The clock decides certificate validity windows and early renewal; tests
/// pass their own <see cref="TimeProvider"/> (the engine discovers this factory with the system clock).
/// </summary>
/// <param name="time">The clock used to issue certificates and to decide whether they are due for renewal.</param>
public sealed class TlsProviderFactory(TimeProvider time) : IProviderFactory
{
    /// <summary>A factory using the system clock.</summary>
    public TlsProviderFactory()
        : this(TimeProvider.System)
    {
    }

    /// <inheritdoc />
    public string Package => TlsTypes.Package;

    /// <inheritdoc />
    public IProvider Create(ProviderContext context) => new TlsProvider(time);
}
