using Etcdserverpb;
using Grpc.Core;
using Infra.Etcd.Client;
using Infra.Properties;
using Infra.Providers;

namespace Infra.Etcd.Provider;

/// <summary><see cref="AuthEnable"/>: ID = <c>auth</c>; reads as gone when authentication is off.</summary>
internal sealed class AuthEnableKind : IResourceKind
{
    private const string Id = "auth";

    public IReadOnlyList<CheckFailure> Check(PropertyMap inputs) => [];

    public DiffResponse Diff(DiffRequest request) => DiffResponse.None;

    public PropertyMap Preview(PreviewRequest request) => PropertyMap.Empty;

    public async Task<CreateResponse> CreateAsync(EtcdSession etcd, CreateRequest request, CancellationToken cancellationToken)
    {
        try
        {
            await etcd.CallAsync("enabling authentication", (h, d, c) => etcd.Client.AuthEnableAsync(new AuthEnableRequest(), h, d, c), cancellationToken).ConfigureAwait(false);
        }
        catch (EtcdException e) when (e.Message.Contains("root user does not exist", StringComparison.Ordinal) || e.Message.Contains("root user does not have root role", StringComparison.Ordinal))
        {
            throw new ProviderException(e.Message + " Create a User named 'root' holding a Role named 'root' and make the AuthEnable resource depend on it.", e);
        }
        return new CreateResponse(Id, PropertyMap.Empty);
    }

    public async Task<ReadResponse> ReadAsync(EtcdSession etcd, ReadRequest request, CancellationToken cancellationToken) =>
        await IsEnabledAsync(etcd, cancellationToken).ConfigureAwait(false) ? new ReadResponse(Id, request.Inputs, PropertyMap.Empty) : ReadResponse.NotFound;

    public Task<UpdateResponse> UpdateAsync(EtcdSession etcd, UpdateRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new UpdateResponse(PropertyMap.Empty));

    public async Task DeleteAsync(EtcdSession etcd, DeleteRequest request, CancellationToken cancellationToken)
    {
        if (await IsEnabledAsync(etcd, cancellationToken).ConfigureAwait(false))
        {
            await etcd.CallAsync("disabling authentication", (h, d, c) => etcd.Client.AuthDisableAsync(new AuthDisableRequest(), h, d, c), cancellationToken).ConfigureAwait(false);
        }
    }

    // Listing users needs no permission when auth is off and a token when it is on, so it tells the two apart on
    // every etcd 3.x (AuthStatus only exists from 3.5).
    private static async Task<bool> IsEnabledAsync(EtcdSession etcd, CancellationToken cancellationToken)
    {
        try
        {
            await etcd.CallAsync("checking whether authentication is on", (_, d, c) => etcd.Client.UserListAsync(new AuthUserListRequest(), null, d, c), cancellationToken).ConfigureAwait(false);
            return false;
        }
        catch (EtcdException e) when (e.InnerException is RpcException rpc && (rpc.Status.Detail.Contains("user name is empty", StringComparison.Ordinal) || rpc.StatusCode is StatusCode.Unauthenticated or StatusCode.PermissionDenied))
        {
            return true;
        }
    }
}
