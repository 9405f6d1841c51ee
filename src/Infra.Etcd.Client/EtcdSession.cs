using dotnet_etcd;
using Etcdserverpb;
using Grpc.Core;

namespace Infra.Etcd.Client;

/// <summary>
/// One connection to an etcd cluster. Every call goes through <see cref="CallAsync{T}"/>, which adds the
/// authentication token (fetched lazily, refreshed once when etcd rejects it), applies the per-call deadline and
/// turns gRPC failures into <see cref="EtcdException"/> naming the endpoints. Thread-safe.
/// </summary>
public sealed class EtcdSession : IDisposable
{
    private readonly SemaphoreSlim _authLock = new(1, 1);
    private string? _token;
    private bool _authResolved;

    /// <summary>Opens a session (no network traffic until the first call).</summary>
    /// <exception cref="EtcdException">A TLS file cannot be read.</exception>
    public EtcdSession(EtcdConnectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Options = options;
        Client = EtcdChannelFactory.Create(options);
    }

    /// <summary>The connection options.</summary>
    public EtcdConnectionOptions Options { get; }

    /// <summary>The underlying client; call it through <see cref="CallAsync{T}"/> to get headers, deadlines and clear errors.</summary>
    public EtcdClient Client { get; }

    /// <summary>
    /// Runs one etcd call with the auth headers and a deadline. <paramref name="action"/> says what is being done
    /// ("reading stack 'dev'") for the error message.
    /// </summary>
    /// <exception cref="EtcdException">etcd is unreachable or refused the call.</exception>
    public async Task<T> CallAsync<T>(string action, Func<Metadata?, DateTime, CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var headers = await HeadersAsync(cancellationToken).ConfigureAwait(false);
                return await call(headers, Deadline(), cancellationToken).ConfigureAwait(false);
            }
            catch (RpcException e) when (attempt == 0 && Options.Username is not null && NeedsFreshToken(e))
            {
                await ForgetTokenAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (RpcException e) when (e.StatusCode == StatusCode.Cancelled && cancellationToken.IsCancellationRequested)
            {
                throw new OperationCanceledException(cancellationToken);
            }
            catch (RpcException e)
            {
                throw Translate(action, e);
            }
            catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
            {
                // The client gives up at the deadline with a plain cancellation when no connection ever came up.
                throw new EtcdException($"etcd at {Options.EndpointList} did not answer within {Options.CallTimeout.TotalSeconds:0.#} s while {action}; check that etcd is running there and that the address{(Options.UseTls ? ", the CA file and the client certificate are" : " is")} right.", unreachable: true, e);
            }
        }
    }

    /// <summary>Starts keeping a lease alive in the background (refreshing every third of <paramref name="ttl"/>).</summary>
    public LeaseKeeper KeepAlive(long leaseId, TimeSpan ttl) => new(this, leaseId, ttl);

    /// <summary>Closes the connection.</summary>
    public void Dispose()
    {
        Client.Dispose();
        _authLock.Dispose();
    }

    /// <summary>The error for a failed call, naming the endpoints.</summary>
    internal EtcdException Translate(string action, RpcException e)
    {
        var detail = (string.IsNullOrEmpty(e.Status.Detail) ? e.StatusCode.ToString() : e.Status.Detail).TrimEnd('.');
        if (Handshake(e.Status.DebugException) is { } handshake)
        {
            return new EtcdException($"etcd at {Options.EndpointList}: the TLS handshake failed while {action} ({handshake.Message.TrimEnd('.')}); check the CA file, the client certificate and key, and that the server uses TLS.", unreachable: false, e);
        }
        return e.StatusCode switch
        {
            StatusCode.Unavailable => new EtcdException($"etcd at {Options.EndpointList} is unreachable while {action} ({detail}); check that etcd is running there and that the address is right.", unreachable: true, e),
            StatusCode.DeadlineExceeded => new EtcdException($"etcd at {Options.EndpointList} did not answer within {Options.CallTimeout.TotalSeconds:0.#} s while {action}; check that etcd is running there and that the address is right.", unreachable: true, e),
            _ => new EtcdException($"etcd at {Options.EndpointList} refused the request while {action}: {detail}.", unreachable: false, e),
        };
    }

    /// <summary>The auth header, authenticating first when needed; null when no user is configured or auth is off.</summary>
    internal async Task<Metadata?> HeadersAsync(CancellationToken cancellationToken)
    {
        if (Options.Username is null)
        {
            return null;
        }
        await _authLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_authResolved)
            {
                try
                {
                    var response = await Client.AuthenticateAsync(new AuthenticateRequest { Name = Options.Username, Password = Options.Password ?? "" }, deadline: Deadline(), cancellationToken: cancellationToken).ConfigureAwait(false);
                    _token = response.Token;
                }
                catch (RpcException e) when (e.Status.Detail.Contains("authentication is not enabled", StringComparison.Ordinal))
                {
                    _token = null;
                }
                _authResolved = true;
            }
            return _token is null ? null : new Metadata { { "token", _token } };
        }
        finally
        {
            _authLock.Release();
        }
    }

    private static System.Security.Authentication.AuthenticationException? Handshake(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is System.Security.Authentication.AuthenticationException handshake)
            {
                return handshake;
            }
        }
        return null;
    }

    private DateTime Deadline() => DateTime.UtcNow + Options.CallTimeout;

    private async Task ForgetTokenAsync(CancellationToken cancellationToken)
    {
        await _authLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        _authResolved = false;
        _token = null;
        _authLock.Release();
    }

    // Tokens expire (simple tokens after 5 minutes idle), and auth may be switched on during a run.
    private static bool NeedsFreshToken(RpcException e) =>
        e.StatusCode == StatusCode.Unauthenticated
        || e.Status.Detail.Contains("invalid auth token", StringComparison.Ordinal)
        || e.Status.Detail.Contains("user name is empty", StringComparison.Ordinal);
}
