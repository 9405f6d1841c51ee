using System.Collections.Concurrent;
using Infra.Properties;
using Infra.Providers;
using Infra.Providers.Connections;
using Infra.Providers.Http;
using Infra.Vault.Client;
using Infra.Vault.Provider.Database;
using Infra.Vault.Provider.Pki;

namespace Infra.Vault.Provider;

/// <summary>
/// Dispatches on the resource type to its <see cref="ResourceKind"/>; turns Vault errors into <see cref="ProviderException"/>.
/// A resource with a <c>connection</c> input talks to that Vault (its address, token and CA), else to the one in the
/// stack config; one with <c>connection.apply = false</c> is only recorded as pending (see <see cref="PlanOnlyResources"/>).
/// </summary>
internal sealed class VaultProvider : ProviderBase
{
    private readonly ProviderContext _context;
    private readonly VaultProviderConfig _config;
    private readonly PlanOnlyResources _planOnly;
    private readonly ConcurrentDictionary<string, Lazy<VaultClient>> _clients = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ResourceKind> _kinds = new(StringComparer.Ordinal)
    {
        [Mount.TypeToken] = new MountKind(),
        [Policy.TypeToken] = new PolicyKind(),
        [KvSecret.TypeToken] = new KvSecretKind(),
        [AuthBackend.TypeToken] = new AuthBackendKind(),
        [AppRoleRole.TypeToken] = new AppRoleRoleKind(),
        [AppRoleSecretId.TypeToken] = new AppRoleSecretIdKind(),
        [TransitKey.TypeToken] = new TransitKeyKind(),
        [KubernetesAuthRole.TypeToken] = new KubernetesAuthRoleKind(),
        [PkiRootCert.TypeToken] = new PkiRootCertKind(),
        [PkiIntermediate.TypeToken] = new PkiIntermediateKind(),
        [PkiRole.TypeToken] = new PkiRoleKind(),
        [DatabaseConnection.TypeToken] = new DatabaseConnectionKind(),
        [DatabaseRole.TypeToken] = new DatabaseRoleKind(),
    };

    public VaultProvider(ProviderContext context)
    {
        _context = context with { Log = new Progress<string>() };
        _config = VaultProviderConfig.Parse(context);
        _planOnly = new PlanOnlyResources("Vault", context.Log);
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
        return RunAsync(request.Inputs, async vault =>
        {
            var created = await kind.CreateAsync(vault, request, cancellationToken).ConfigureAwait(false);
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
        return RunAsync(request.Inputs, async vault =>
        {
            var read = await kind.ReadAsync(vault, request, cancellationToken).ConfigureAwait(false);
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
        return RunAsync(request.NewInputs, async vault =>
        {
            var updated = await kind.UpdateAsync(vault, request, cancellationToken).ConfigureAwait(false);
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
        return RunAsync(request.Inputs, async vault =>
        {
            await kind.DeleteAsync(vault, request, cancellationToken).ConfigureAwait(false);
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
        _kinds.TryGetValue(type, out var kind) ? kind : throw new ProviderException($"the vault provider has no resource type '{type}' (it has {string.Join(", ", _kinds.Keys)}).");

    /// <summary>The client for a resource: its connection's Vault, else the stack config's.</summary>
    private VaultClient Client(PropertyMap inputs)
    {
        var connection = ConnectionInput.From(inputs);
        return _clients.GetOrAdd(connection?.ClientKey() ?? "", _ => new Lazy<VaultClient>(() =>
        {
            // The stack config was parsed (and warned about) once; a connection's own parse stays quiet.
            var options = (connection is null ? _config : VaultProviderConfig.Parse(_context, connection.Address, connection.Token)).Require();
            var handler = connection?.CaCertPem is { } pem ? TrustedCaHandler.CreateFromPem(pem) : TrustedCaHandler.Create(options.CaCertPath);
            return new VaultClient(new HttpClient(handler) { Timeout = options.Timeout }, options);
        })).Value;
    }

    private async Task<T> RunAsync<T>(PropertyMap inputs, Func<VaultClient, Task<T>> operation)
    {
        try
        {
            return await operation(Client(inputs)).ConfigureAwait(false);
        }
        catch (VaultApiException e)
        {
            var hint = e.Status == System.Net.HttpStatusCode.Forbidden ? " Check that the token (vault:token or the AppRole login) has a policy allowing this path." : "";
            throw new ProviderException(e.Message + hint, e);
        }
    }
}
