using System.Collections.Concurrent;
using Infra.Consul.Client;
using Infra.Properties;
using Infra.Providers;
using Infra.Providers.Connections;
using Infra.Providers.Http;

namespace Infra.Consul.Provider;

/// <summary>
/// Dispatches on the resource type to its <see cref="ResourceKind"/>; turns Consul errors into <see cref="ProviderException"/>.
/// A resource with a <c>connection</c> input talks to that Consul (its address, token and CA), else to the one in the
/// stack config; one with <c>connection.apply = false</c> is only recorded as pending (see <see cref="PlanOnlyResources"/>).
/// </summary>
internal sealed class ConsulProvider : ProviderBase
{
    private readonly ProviderContext _context;
    private readonly ConsulProviderConfig _config;
    private readonly PlanOnlyResources _planOnly;
    private readonly ConcurrentDictionary<string, Lazy<ConsulClient>> _clients = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ResourceKind> _kinds = new(StringComparer.Ordinal)
    {
        [Key.TypeToken] = new KeyKind(),
        [KeyPrefix.TypeToken] = new KeyPrefixKind(),
        [AclPolicy.TypeToken] = new AclPolicyKind(),
        [AclRole.TypeToken] = new AclRoleKind(),
        [AclToken.TypeToken] = new AclTokenKind(),
        [ConfigEntry.TypeToken] = new ConfigEntryKind(),
        [PreparedQuery.TypeToken] = new PreparedQueryKind(),
        [CatalogService.TypeToken] = new CatalogServiceKind(),
    };

    public ConsulProvider(ProviderContext context)
    {
        _context = context with { Log = new Progress<string>() };
        _config = ConsulProviderConfig.Parse(context);
        _planOnly = new PlanOnlyResources("Consul", context.Log);
    }

    public override Task<CheckResponse> CheckAsync(CheckRequest request, CancellationToken cancellationToken)
    {
        var kind = Kind(request.Type);
        var inputs = ConnectionInput.Normalize(kind.Normalize(request.NewInputs));
        if (ConnectionInput.IsPlanOnly(inputs))
        {
            _planOnly.Report(request.Type);
        }
        return Task.FromResult(new CheckResponse(inputs, [.. kind.Check(inputs), .. ConnectionInput.Check(inputs)]));
    }

    public override Task<DiffResponse> DiffAsync(DiffRequest request, CancellationToken cancellationToken)
    {
        if (PlanOnlyResources.DiffPending(request) is { } pending)
        {
            return Task.FromResult(pending);
        }
        var diff = Kind(request.Type).Diff(request with { OldInputs = request.OldInputs.Remove(ConnectionInput.Key), NewInputs = request.NewInputs.Remove(ConnectionInput.Key) });
        return Task.FromResult(diff.ChangedPaths.Count == 0 && ConnectionInput.OnlyConnectionChanged(request.OldInputs, request.NewInputs)
            ? new DiffResponse([ConnectionInput.Key], [])
            : diff);
    }

    public override Task<PreviewResponse> PreviewAsync(PreviewRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new PreviewResponse(Kind(request.Type).Preview(request).Remove(ConnectionInput.Key)));

    public override Task<CreateResponse> CreateAsync(CreateRequest request, CancellationToken cancellationToken)
    {
        var kind = Kind(request.Type);
        if (ConnectionInput.IsPlanOnly(request.Inputs))
        {
            return Task.FromResult(_planOnly.Create(request, kind.ComputedKeys));
        }
        return RunAsync(request.Inputs, async consul =>
        {
            var created = await kind.CreateAsync(consul, request, cancellationToken).ConfigureAwait(false);
            return created with { Outputs = created.Outputs.Remove(ConnectionInput.Key) };
        });
    }

    public override Task<ReadResponse> ReadAsync(ReadRequest request, CancellationToken cancellationToken)
    {
        var kind = Kind(request.Type);
        if (PlanOnlyResources.IsPending(request.Id) || ConnectionInput.IsPlanOnly(request.Inputs))
        {
            return Task.FromResult(PlanOnlyResources.Read(request));
        }
        return RunAsync(request.Inputs, async consul =>
        {
            var read = await kind.ReadAsync(consul, request, cancellationToken).ConfigureAwait(false);
            return read with { Outputs = read.Outputs.Remove(ConnectionInput.Key) };
        });
    }

    public override Task<UpdateResponse> UpdateAsync(UpdateRequest request, CancellationToken cancellationToken)
    {
        var kind = Kind(request.Type);
        if (ConnectionInput.IsPlanOnly(request.NewInputs) || PlanOnlyResources.IsPending(request.Id))
        {
            return Task.FromResult(_planOnly.Update(request, kind.ComputedKeys));
        }
        if (ConnectionInput.OnlyConnectionChanged(request.OldInputs, request.NewInputs))
        {
            return Task.FromResult(new UpdateResponse(request.OldOutputs));
        }
        return RunAsync(request.NewInputs, async consul =>
        {
            var updated = await kind.UpdateAsync(consul, request, cancellationToken).ConfigureAwait(false);
            return new UpdateResponse(updated.Outputs.Remove(ConnectionInput.Key));
        });
    }

    public override Task DeleteAsync(DeleteRequest request, CancellationToken cancellationToken)
    {
        var kind = Kind(request.Type);
        if (PlanOnlyResources.IsPending(request.Id) || ConnectionInput.IsPlanOnly(request.Inputs))
        {
            return Task.CompletedTask;
        }
        return RunAsync(request.Inputs, async consul =>
        {
            await kind.DeleteAsync(consul, request, cancellationToken).ConfigureAwait(false);
            return true;
        });
    }

    public override Task FinishAsync(CancellationToken cancellationToken)
    {
        foreach (var client in _clients.Values.Where(c => c.IsValueCreated))
        {
            client.Value.Dispose();
        }
        return Task.CompletedTask;
    }

    private ResourceKind Kind(string type) =>
        _kinds.TryGetValue(type, out var kind) ? kind : throw new ProviderException($"the consul provider has no resource type '{type}' (it has {string.Join(", ", _kinds.Keys)}).");

    /// <summary>The client for a resource: its connection's Consul, else the stack config's.</summary>
    private ConsulClient Client(PropertyMap inputs)
    {
        var connection = ConnectionInput.From(inputs);
        return _clients.GetOrAdd(connection?.ClientKey() ?? "", _ => new Lazy<ConsulClient>(() =>
        {
            // The stack config was parsed (and warned about) once; a connection's own parse stays quiet.
            var options = (connection is null ? _config : ConsulProviderConfig.Parse(_context, connection.Address, connection.Token)).Require();
            var handler = connection?.CaCertPem is { } pem ? TrustedCaHandler.CreateFromPem(pem) : TrustedCaHandler.Create(options.CaCertPath);
            return new ConsulClient(new HttpClient(handler) { Timeout = options.Timeout }, options);
        })).Value;
    }

    private async Task<T> RunAsync<T>(PropertyMap inputs, Func<ConsulClient, Task<T>> operation)
    {
        try
        {
            return await operation(Client(inputs)).ConfigureAwait(false);
        }
        catch (ConsulApiException e)
        {
            var hint = e.Status == System.Net.HttpStatusCode.Forbidden ? " Check that consul:token is set and its policies allow this call." : "";
            throw new ProviderException(e.Message + hint, e);
        }
    }
}
