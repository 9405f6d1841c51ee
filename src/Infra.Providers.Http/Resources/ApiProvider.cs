using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using Infra.Properties;
using Infra.Providers.Connections;

namespace Infra.Providers.Http.Resources;

/// <summary>
/// The provider skeleton shared by the HTTP API providers: dispatches on the resource type to its
/// <see cref="ApiResourceKind{TClient}"/> and turns API errors into <see cref="ProviderException"/>. A resource with a
/// <c>connection</c> input talks to that server (its address, token and CA), else to the one in the stack config; one with
/// <c>connection.apply = false</c> is only recorded as pending (see <see cref="PlanOnlyResources"/>).
/// </summary>
/// <typeparam name="TClient">The API client, one per distinct connection, disposed when the run finishes.</typeparam>
internal abstract class ApiProvider<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] TClient> : ProviderBase
    where TClient : IDisposable
{
    private readonly string _package;
    private readonly IReadOnlyDictionary<string, ApiResourceKind<TClient>> _kinds;
    private readonly PlanOnlyResources _planOnly;
    private readonly ConcurrentDictionary<string, Lazy<TClient>> _clients = new(StringComparer.Ordinal);

    /// <summary>Creates the provider.</summary>
    /// <param name="context">The provider context (its log receives the pending-resource notices).</param>
    /// <param name="product">The product's display name (e.g. Vault).</param>
    /// <param name="kinds">The resource kinds by type token.</param>
    protected ApiProvider(ProviderContext context, string product, IReadOnlyDictionary<string, ApiResourceKind<TClient>> kinds)
    {
        _package = product.ToLowerInvariant();
        _kinds = kinds;
        _planOnly = new PlanOnlyResources(product, context.Log);
    }

    /// <summary>Creates the client for a resource's connection, or for the stack config when it has none.</summary>
    protected abstract TClient CreateClient(ConnectionInput? connection);

    /// <summary>The provider error for an API failure, or null when <paramref name="error"/> is not one.</summary>
    protected abstract ProviderException? Translate(Exception error);

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
        return RunAsync(request.Inputs, async client =>
        {
            var created = await kind.CreateAsync(client, request, cancellationToken).ConfigureAwait(false);
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
        return RunAsync(request.Inputs, async client =>
        {
            var read = await kind.ReadAsync(client, request, cancellationToken).ConfigureAwait(false);
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
        return RunAsync(request.NewInputs, async client =>
        {
            var updated = await kind.UpdateAsync(client, request, cancellationToken).ConfigureAwait(false);
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
        return RunAsync(request.Inputs, async client =>
        {
            await kind.DeleteAsync(client, request, cancellationToken).ConfigureAwait(false);
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

    private ApiResourceKind<TClient> Kind(string type) =>
        _kinds.TryGetValue(type, out var kind) ? kind : throw new ProviderException($"the {_package} provider has no resource type '{type}' (it has {string.Join(", ", _kinds.Keys)}).");

    private TClient Client(PropertyMap inputs)
    {
        var connection = ConnectionInput.From(inputs);
        return _clients.GetOrAdd(connection?.ClientKey() ?? "", _ => new Lazy<TClient>(() => CreateClient(connection))).Value;
    }

    private async Task<T> RunAsync<T>(PropertyMap inputs, Func<TClient, Task<T>> operation)
    {
        try
        {
            return await operation(Client(inputs)).ConfigureAwait(false);
        }
        catch (Exception e) when (Translate(e) is { } translated)
        {
            throw translated;
        }
    }
}
