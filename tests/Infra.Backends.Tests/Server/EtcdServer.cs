using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Infra.Backends.Tests.Server;

/// <summary>
/// A real etcd on 127.0.0.1 with free ports and a temp data dir, started from the <c>etcd</c> binary on PATH (or
/// <c>INFRA_ETCD_BINARY</c>), stopped by killing its PID. Restarting keeps the ports and the data.
/// </summary>
public sealed class EtcdServer : IAsyncDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(2) };
    private readonly string _binary;
    private readonly StringBuilder _log = new();
    private Process? _process;

    private EtcdServer(string binary, string dataDirectory, int clientPort, int peerPort, int metricsPort, TestCertificates? tls)
    {
        _binary = binary;
        DataDirectory = dataDirectory;
        ClientPort = clientPort;
        PeerPort = peerPort;
        MetricsPort = metricsPort;
        Tls = tls;
    }

    /// <summary>The plain-HTTP port serving /health.</summary>
    public int MetricsPort { get; }

    /// <summary>The certificates, when clients must use TLS (with a client certificate).</summary>
    public TestCertificates? Tls { get; }

    /// <summary>The client port.</summary>
    public int ClientPort { get; }

    /// <summary>The peer port.</summary>
    public int PeerPort { get; }

    /// <summary>The data folder.</summary>
    public string DataDirectory { get; }

    /// <summary><c>127.0.0.1:PORT</c>.</summary>
    public string Endpoint => $"127.0.0.1:{ClientPort}";

    /// <summary>True while the process runs.</summary>
    public bool IsRunning => _process is { HasExited: false };

    /// <summary>The etcd binary, or null when it is not installed.</summary>
    public static string? FindBinary()
    {
        var configured = Environment.GetEnvironmentVariable("INFRA_ETCD_BINARY");
        if (!string.IsNullOrEmpty(configured))
        {
            return File.Exists(configured) ? configured : null;
        }
        return (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "etcd"))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>Starts a fresh server and waits until /health answers.</summary>
    public static async Task<EtcdServer> StartAsync(string binary, CancellationToken cancellationToken, bool tls = false)
    {
        var data = Path.Combine(Path.GetTempPath(), "infra-etcd-" + Guid.NewGuid().ToString("N")[..8]);
        var certificates = tls ? TestCertificates.Create(data + "-certs") : null;
        var server = new EtcdServer(binary, data, FreePort(), FreePort(), FreePort(), certificates);
        await server.RestartAsync(cancellationToken);
        return server;
    }

    /// <summary>Starts the process again (same ports, same data) and waits until /health answers.</summary>
    public async Task RestartAsync(CancellationToken cancellationToken)
    {
        if (IsRunning)
        {
            throw new InvalidOperationException("etcd is already running.");
        }
        var info = new ProcessStartInfo(_binary)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var scheme = Tls is null ? "http" : "https";
        string[] tlsArgs = Tls is null ? [] : ["--cert-file", Tls.ServerCertPath, "--key-file", Tls.ServerKeyPath, "--trusted-ca-file", Tls.CaPath, "--client-cert-auth"];
        foreach (var arg in new[]
        {
            "--name", "infra-test",
            "--data-dir", DataDirectory,
            "--listen-client-urls", $"{scheme}://127.0.0.1:{ClientPort}",
            "--advertise-client-urls", $"{scheme}://127.0.0.1:{ClientPort}",
            "--listen-metrics-urls", $"http://127.0.0.1:{MetricsPort}",
            "--listen-peer-urls", $"http://127.0.0.1:{PeerPort}",
            "--initial-advertise-peer-urls", $"http://127.0.0.1:{PeerPort}",
            "--initial-cluster", $"infra-test=http://127.0.0.1:{PeerPort}",
            "--logger", "zap",
            "--log-level", "warn",
        }.Concat(tlsArgs))
        {
            info.ArgumentList.Add(arg);
        }
        var process = Process.Start(info) ?? throw new InvalidOperationException($"could not start {_binary}.");
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _process = process;
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(20))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"etcd exited with code {process.ExitCode}:\n{Log}");
            }
            try
            {
                var health = await _http.GetStringAsync($"http://127.0.0.1:{MetricsPort}/health", cancellationToken);
                if (health.Contains("\"health\":\"true\"", StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
            }
            await Task.Delay(100, cancellationToken);
        }
        throw new TimeoutException($"etcd on {Endpoint} did not report healthy within 20 s:\n{Log}");
    }

    /// <summary>Kills the process (by its PID) and waits for it to exit.</summary>
    public async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }
        using var process = Process.GetProcessById(_process.Id);
        if (!process.HasExited)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    /// <summary>What etcd printed.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.ToString();
            }
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        catch (ArgumentException)
        {
            // Already gone.
        }
        _http.Dispose();
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        if (Tls is not null && Directory.Exists(Tls.Directory))
        {
            Directory.Delete(Tls.Directory, recursive: true);
        }
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
