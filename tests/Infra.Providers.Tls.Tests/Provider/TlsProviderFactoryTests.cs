using Infra.Engine.Providers;

namespace Infra.Providers.Tls.Tests.Provider;

public sealed class TlsProviderFactoryTests
{
    [Fact]
    public void Discover_ResourceAssembly_ServesTlsPackage()
    {
        var registry = new ProviderRegistry([], package => new ProviderContext("p", "s", Path.GetTempPath(), new Dictionary<string, Deployment.ConfigValue>(), false, new Progress<string>()));

        registry.Discover(typeof(Infra.Tls.PrivateKey).Assembly);

        Assert.IsType<TlsProvider>(registry.Get("tls"));
    }

    [Fact]
    public void Package_Always_IsTls()
    {
        Assert.Equal("tls", new TlsProviderFactory().Package);
    }
}
