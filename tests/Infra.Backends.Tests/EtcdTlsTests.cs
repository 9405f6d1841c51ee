using System.Text;
using Infra.Backends.Etcd;
using Infra.Backends.Tests.Server;
using Infra.Deployment;
using Infra.Engine.Backends;
using Infra.Engine.Diagnostics;
using Infra.Engine.Workspaces;
using Infra.Etcd;
using Infra.Etcd.Provider;
using Infra.Properties;
using Infra.Providers;
using Xunit.Abstractions;

namespace Infra.Backends.Tests;

/// <summary>The backend and the provider against an etcd that requires TLS and client certificates.</summary>
public sealed class EtcdTlsTests(EtcdTlsFixture etcd, ITestOutputHelper output) : IClassFixture<EtcdTlsFixture>
{
    private static readonly WorkspaceEnvironment NoVariables = new(new Dictionary<string, string?>(), TimeProvider.System);

    private string Url(string query) => $"etcd://{etcd.Server.Endpoint}/tls-{Guid.NewGuid().ToString("N")[..6]}?timeout=3&{query}";

    [SkippableFact]
    public async Task Backend_TrustedCaAndClientCertificate_StoresAndLocks()
    {
        var tls = etcd.Server.Tls!;
        await using var backend = new EtcdBackendFactory().Open(Url($"cacert={tls.CaPath}&cert={tls.ClientCertPath}&key={tls.ClientKeyPath}"), NoVariables);

        await backend.CreateAsync("dev", Encoding.UTF8.GetBytes("over tls"), CancellationToken.None);
        await using var held = await backend.LockAsync("dev", LockInfo.ForCurrentProcess("up", TimeProvider.System), CancellationToken.None);

        Assert.Equal("over tls", Encoding.UTF8.GetString((await backend.ReadAsync("dev", CancellationToken.None))!.Checkpoint));
    }

    [SkippableFact]
    public async Task Backend_ServerNotSignedByGivenCa_FailsNamingEndpoint()
    {
        var tls = etcd.Server.Tls!;
        await using var backend = new EtcdBackendFactory().Open(Url($"cacert={tls.OtherCaPath}&cert={tls.ClientCertPath}&key={tls.ClientKeyPath}"), NoVariables);

        var error = await Assert.ThrowsAsync<InputException>(() => backend.ReadAsync("dev", CancellationToken.None));

        output.WriteLine(error.Message);
        Assert.Contains($"etcd at {etcd.Server.Endpoint}: the TLS handshake failed while reading stack 'dev' (", error.Message, StringComparison.Ordinal);
        Assert.EndsWith("check the CA file, the client certificate and key, and that the server uses TLS.", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Backend_WithoutClientCertificate_IsRefused()
    {
        var tls = etcd.Server.Tls!;
        await using var backend = new EtcdBackendFactory().Open(Url($"cacert={tls.CaPath}"), NoVariables);

        var error = await Assert.ThrowsAsync<InputException>(() => backend.ReadAsync("dev", CancellationToken.None));

        output.WriteLine(error.Message);
        Assert.Contains($"etcd at {etcd.Server.Endpoint} ", error.Message, StringComparison.Ordinal);
        Assert.Contains("while reading stack 'dev'", error.Message, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Provider_TlsConfig_CreatesAndReadsKey()
    {
        var tls = etcd.Server.Tls!;
        var config = new Dictionary<string, ConfigValue>(StringComparer.Ordinal)
        {
            ["endpoints"] = new($"https://{etcd.Server.Endpoint}", false),
            ["caCert"] = new(tls.CaPath, false),
            ["cert"] = new(tls.ClientCertPath, false),
            ["key"] = new(tls.ClientKeyPath, false),
        };
        var provider = new EtcdProviderFactory().Create(new ProviderContext("p", "dev", tls.Directory, config, false, new Progress<string>()));
        var inputs = PropertyMap.Create(("key", PropertyValue.Create("/tls/key")), ("value", PropertyValue.Create("secure")));

        var created = await provider.CreateAsync(new CreateRequest("urn:k", Key.TypeToken, inputs, null), CancellationToken.None);
        var read = await provider.ReadAsync(new ReadRequest("urn:k", Key.TypeToken, created.Id, inputs, created.Outputs), CancellationToken.None);

        Assert.Equal("secure", read.Outputs["value"].StringValue);
    }
}
