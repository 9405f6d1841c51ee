using Infra.Providers;
using Infra.Vault.Client;
using Infra.Vault.Provider.Database;
using Infra.Vault.Provider.Pki;

namespace Infra.Vault.Provider;

/// <summary>Dispatches on the resource type to its <see cref="ResourceKind"/>; turns Vault errors into <see cref="ProviderException"/>.</summary>
internal sealed class VaultProvider : ProviderBase
{
    private readonly Lazy<VaultClient> _client;
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

    public VaultProvider(VaultProviderConfig config) =>
        _client = new Lazy<VaultClient>(() =>
        {
            var options = config.Require();
            return new VaultClient(new HttpClient(TrustedCaHandler.Create(options.CaCertPath)) { Timeout = options.Timeout }, options);
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
        RunAsync(request.Type, (kind, vault) => kind.CreateAsync(vault, request, cancellationToken));

    public override Task<ReadResponse> ReadAsync(ReadRequest request, CancellationToken cancellationToken) =>
        RunAsync(request.Type, (kind, vault) => kind.ReadAsync(vault, request, cancellationToken));

    public override Task<UpdateResponse> UpdateAsync(UpdateRequest request, CancellationToken cancellationToken) =>
        RunAsync(request.Type, (kind, vault) => kind.UpdateAsync(vault, request, cancellationToken));

    public override Task DeleteAsync(DeleteRequest request, CancellationToken cancellationToken) =>
        RunAsync(request.Type, async (kind, vault) =>
        {
            await kind.DeleteAsync(vault, request, cancellationToken).ConfigureAwait(false);
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
        _kinds.TryGetValue(type, out var kind) ? kind : throw new ProviderException($"the vault provider has no resource type '{type}' (it has {string.Join(", ", _kinds.Keys)}).");

    private async Task<T> RunAsync<T>(string type, Func<ResourceKind, VaultClient, Task<T>> operation)
    {
        var kind = Kind(type);
        try
        {
            return await operation(kind, _client.Value).ConfigureAwait(false);
        }
        catch (VaultApiException e)
        {
            var hint = e.Status == System.Net.HttpStatusCode.Forbidden ? " Check that the token (vault:token or the AppRole login) has a policy allowing this path." : "";
            throw new ProviderException(e.Message + hint, e);
        }
    }
}
