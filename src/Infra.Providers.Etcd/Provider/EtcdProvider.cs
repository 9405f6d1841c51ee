using Infra.Etcd.Client;
using Infra.Properties;
using Infra.Providers;

namespace Infra.Etcd.Provider;

/// <summary>Dispatches on the resource type to its <see cref="IResourceKind"/>; turns etcd failures into <see cref="ProviderException"/>.</summary>
internal sealed class EtcdProvider : ProviderBase
{
    private readonly EtcdProviderConfig _config;
    private readonly Lazy<EtcdSession> _session;
    private readonly Dictionary<string, IResourceKind> _kinds = new(StringComparer.Ordinal)
    {
        [Key.TypeToken] = new KeyKind(),
        [Lease.TypeToken] = new LeaseKind(),
        [Role.TypeToken] = new RoleKind(),
        [User.TypeToken] = new UserKind(),
        [AuthEnable.TypeToken] = new AuthEnableKind(),
    };

    public EtcdProvider(EtcdProviderConfig config)
    {
        _config = config;
        _session = new Lazy<EtcdSession>(() => OpenSession(config));
    }

    public override Task<CheckResponse> CheckAsync(CheckRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new CheckResponse(request.NewInputs, Kind(request.Type).Check(request.NewInputs)));

    public override Task<DiffResponse> DiffAsync(DiffRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(Kind(request.Type).Diff(request));

    public override Task<PreviewResponse> PreviewAsync(PreviewRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new PreviewResponse(Kind(request.Type).Preview(request)));

    public override Task<CreateResponse> CreateAsync(CreateRequest request, CancellationToken cancellationToken) =>
        RunAsync(kind => kind.CreateAsync(Session(), request, cancellationToken), request.Type);

    public override Task<ReadResponse> ReadAsync(ReadRequest request, CancellationToken cancellationToken) =>
        RunAsync(kind => kind.ReadAsync(Session(), request, cancellationToken), request.Type);

    public override Task<UpdateResponse> UpdateAsync(UpdateRequest request, CancellationToken cancellationToken) =>
        RunAsync(kind => kind.UpdateAsync(Session(), request, cancellationToken), request.Type);

    public override Task DeleteAsync(DeleteRequest request, CancellationToken cancellationToken) =>
        RunAsync(async kind =>
        {
            await kind.DeleteAsync(Session(), request, cancellationToken).ConfigureAwait(false);
            return true;
        }, request.Type);

    public override Task FinishAsync(CancellationToken cancellationToken)
    {
        if (_session.IsValueCreated)
        {
            _session.Value.Dispose();
        }
        return Task.CompletedTask;
    }

    private EtcdSession Session() => _session.Value;

    private IResourceKind Kind(string type) =>
        _kinds.TryGetValue(type, out var kind) ? kind : throw new ProviderException($"the etcd provider has no resource type '{type}' (it has {string.Join(", ", _kinds.Keys)}).");

    private async Task<T> RunAsync<T>(Func<IResourceKind, Task<T>> operation, string type)
    {
        var kind = Kind(type);
        try
        {
            return await operation(kind).ConfigureAwait(false);
        }
        catch (EtcdException e)
        {
            var hint = e.Message.Contains("user name is empty", StringComparison.Ordinal) && _config.Connection?.Username is null
                ? " etcd authentication is on: set etcd:username and etcd:password (as a secret)."
                : "";
            throw new ProviderException(e.Message + hint, e);
        }
    }

    private static EtcdSession OpenSession(EtcdProviderConfig config)
    {
        try
        {
            return new EtcdSession(config.Require());
        }
        catch (EtcdException e)
        {
            throw new ProviderException(e.Message, e);
        }
    }
}
