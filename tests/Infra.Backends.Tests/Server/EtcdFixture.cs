namespace Infra.Backends.Tests.Server;

/// <summary>
/// One etcd per test class (xunit class fixture). When the binary is missing, tests that need it skip with the
/// reason, except under CI=true, where they fail: CI must install etcd (apt-get install -y etcd-server).
/// </summary>
public class EtcdFixture : IAsyncLifetime
{
    /// <summary>True for a server that requires TLS with client certificates.</summary>
    protected virtual bool UseTls => false;

    private EtcdServer? _server;
    private string? _missing;

    /// <summary>The running server; skips (or fails under CI) when etcd is not installed.</summary>
    public EtcdServer Server
    {
        get
        {
            if (_server is not null)
            {
                return _server;
            }
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException($"{_missing} CI=true, so this is a failure, not a skip.");
            }
            throw new SkipException(_missing);
        }
    }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var binary = EtcdServer.FindBinary();
        if (binary is null)
        {
            _missing = Environment.GetEnvironmentVariable("INFRA_ETCD_BINARY") is { Length: > 0 } configured
                ? $"INFRA_ETCD_BINARY names {configured}, which does not exist."
                : "etcd is not installed (no 'etcd' on PATH, INFRA_ETCD_BINARY unset); install it with `apt-get install -y etcd-server`.";
            return;
        }
        _server = await EtcdServer.StartAsync(binary, CancellationToken.None, UseTls);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
