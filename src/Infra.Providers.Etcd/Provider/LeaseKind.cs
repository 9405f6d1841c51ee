using System.Globalization;
using Etcdserverpb;
using Infra.Etcd.Client;
using Infra.Properties;
using Infra.Providers;

namespace Infra.Etcd.Provider;

/// <summary>
/// <see cref="Lease"/>: ID = the lease ID in decimal. A TTL change replaces the lease. An expired lease reads as
/// gone. Read without an ID cannot find a lease (leases have no name): an interrupted grant is dropped and its lease
/// simply expires.
/// </summary>
internal sealed class LeaseKind : IResourceKind
{
    public IReadOnlyList<CheckFailure> Check(PropertyMap inputs) =>
        Props.IsUnknown(inputs, "ttl") || Props.Number(inputs, "ttl") is { } ttl && ttl >= 1 && ttl <= int.MaxValue && ttl == Math.Floor(ttl)
            ? []
            : [new CheckFailure("ttl", "is required and must be a whole number of seconds, at least 1")];

    public DiffResponse Diff(DiffRequest request)
    {
        var changed = PropertyDiff.Compute(request.OldInputs, request.NewInputs);
        return new DiffResponse(changed, changed.Select(PropertyDiff.TopLevelKey).Distinct().ToList());
    }

    public PropertyMap Preview(PreviewRequest request) =>
        request.OldOutputs ?? PropertyMap.Create(("ttl", request.Inputs.Get("ttl") ?? PropertyValue.Unknown), ("leaseId", PropertyValue.Unknown));

    public async Task<CreateResponse> CreateAsync(EtcdSession etcd, CreateRequest request, CancellationToken cancellationToken)
    {
        var ttl = (long)Props.Number(request.Inputs, "ttl")!;
        var granted = await etcd.CallAsync($"granting a lease of {ttl} s", (h, d, c) => etcd.Client.LeaseGrantAsync(new LeaseGrantRequest { TTL = ttl }, h, d, c), cancellationToken).ConfigureAwait(false);
        var id = granted.ID.ToString(CultureInfo.InvariantCulture);
        return new CreateResponse(id, Outputs(id, granted.TTL));
    }

    public async Task<ReadResponse> ReadAsync(EtcdSession etcd, ReadRequest request, CancellationToken cancellationToken)
    {
        if (request.Id is null || !long.TryParse(request.Id, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return ReadResponse.NotFound;
        }
        var live = await etcd.CallAsync($"reading lease {request.Id}", (h, d, c) => etcd.Client.LeaseTimeToLiveAsync(new LeaseTimeToLiveRequest { ID = id }, h, d, c), cancellationToken).ConfigureAwait(false);
        if (live.TTL < 0)
        {
            return ReadResponse.NotFound;
        }
        var outputs = Outputs(request.Id, live.GrantedTTL);
        return new ReadResponse(request.Id, request.Inputs, outputs);
    }

    public Task<UpdateResponse> UpdateAsync(EtcdSession etcd, UpdateRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new UpdateResponse(request.OldOutputs));

    public async Task DeleteAsync(EtcdSession etcd, DeleteRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var id = long.Parse(request.Id, NumberStyles.None, CultureInfo.InvariantCulture);
            await etcd.CallAsync($"revoking lease {request.Id}", (h, d, c) => etcd.Client.LeaseRevokeAsync(new LeaseRevokeRequest { ID = id }, h, d, c), cancellationToken).ConfigureAwait(false);
        }
        catch (EtcdException e) when (Props.IsNotFound(e))
        {
            // Already expired: the goal is reached.
        }
    }

    private static PropertyMap Outputs(string id, long ttl) =>
        PropertyMap.Create(("leaseId", PropertyValue.Create(id)), ("ttl", PropertyValue.Create(ttl)));
}
