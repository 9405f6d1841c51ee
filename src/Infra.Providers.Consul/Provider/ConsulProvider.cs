using Infra.Vault.Client;
using Infra.Providers;
using Infra.Consul.Client;

namespace Infra.Consul.Provider;

/// <summary>Dispatches on the resource type to its <see cref="ResourceKind"/>; turns Consul errors into <see cref="ProviderException"/>.</summary>
internal sealed class ConsulProvider : ProviderBase
{
    private readonly Lazy<ConsulClient> _client;
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

    public ConsulProvider(ConsulProviderConfig config) =>
        _client = new Lazy<ConsulClient>(() =>
        {
            var options = config.Require();
            return new ConsulClient(new HttpClient(TrustedCaHandler.Create(options.CaCertPath)) { Timeout = options.Timeout }, options);
        });

    public override Task<CheckResponse> CheckAsync(CheckRequest request, CancellationToken cancellationToken)
    {
        var kind = Kind(request.Type);
        var inputs = kind.Normalize(request.NewInputs);
        return Task.FromResult(new CheckResponse(inputs, kind.Check(inputs)));
    }

    public override Task<DiffResponse> DiffAsync(DiffRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(Kind(request.Type).Diff(request));

    public override Task<PreviewResponse> PreviewAsync(PreviewRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new PreviewResponse(Kind(request.Type).Preview(request)));

    public override Task<CreateResponse> CreateAsync(CreateRequest request, CancellationToken cancellationToken) =>
        RunAsync(request.Type, (kind, consul) => kind.CreateAsync(consul, request, cancellationToken));

    public override Task<ReadResponse> ReadAsync(ReadRequest request, CancellationToken cancellationToken) =>
        RunAsync(request.Type, (kind, consul) => kind.ReadAsync(consul, request, cancellationToken));

    public override Task<UpdateResponse> UpdateAsync(UpdateRequest request, CancellationToken cancellationToken) =>
        RunAsync(request.Type, (kind, consul) => kind.UpdateAsync(consul, request, cancellationToken));

    public override Task DeleteAsync(DeleteRequest request, CancellationToken cancellationToken) =>
        RunAsync(request.Type, async (kind, consul) =>
        {
            await kind.DeleteAsync(consul, request, cancellationToken).ConfigureAwait(false);
            return true;
        });

    public override Task FinishAsync(CancellationToken cancellationToken)
    {
        if (_client.IsValueCreated)
        {
            _client.Value.Dispose();
        }
        return Task.CompletedTask;
    }

    private ResourceKind Kind(string type) =>
        _kinds.TryGetValue(type, out var kind) ? kind : throw new ProviderException($"the consul provider has no resource type '{type}' (it has {string.Join(", ", _kinds.Keys)}).");

    private async Task<T> RunAsync<T>(string type, Func<ResourceKind, ConsulClient, Task<T>> operation)
    {
        var kind = Kind(type);
        try
        {
            return await operation(kind, _client.Value).ConfigureAwait(false);
        }
        catch (ConsulApiException e)
        {
            var hint = e.Status == System.Net.HttpStatusCode.Forbidden ? " Check that consul:token is set and its policies allow this call." : "";
            throw new ProviderException(e.Message + hint, e);
        }
    }
}
