using Etcdserverpb;
using Infra.Etcd.Client;
using Infra.Properties;
using Infra.Providers;

namespace Infra.Etcd.Provider;

/// <summary><see cref="Role"/>: ID = the role name; permissions are compared in normal form with the recorded (live) ones.</summary>
internal sealed class RoleKind : IResourceKind
{
    public IReadOnlyList<CheckFailure> Check(PropertyMap inputs)
    {
        var failures = new List<CheckFailure>();
        if (!Props.IsUnknown(inputs, "name") && string.IsNullOrEmpty(Props.Text(inputs, "name")))
        {
            failures.Add(new CheckFailure("name", "is required and must be a non-empty string"));
        }
        failures.AddRange(RolePermission.Check(inputs));
        return failures;
    }

    public DiffResponse Diff(DiffRequest request)
    {
        var changed = new List<string>();
        var replace = new List<string>();
        if (Props.IsUnknown(request.NewInputs, "name") || Props.Text(request.NewInputs, "name") != Props.Text(request.OldInputs, "name"))
        {
            changed.Add("name");
            replace.Add("name");
        }
        if (request.NewInputs.Get("permissions")?.ContainsUnknowns == true || !RolePermission.FromInputs(request.NewInputs).SequenceEqual(RolePermission.FromOutputs(request.OldOutputs)))
        {
            changed.Add("permissions");
        }
        return new DiffResponse(changed, replace);
    }

    public PropertyMap Preview(PreviewRequest request) => Outputs(request.Inputs.Get("name") ?? PropertyValue.Unknown, request.Inputs.Get("permissions")?.ContainsUnknowns == true ? null : RolePermission.FromInputs(request.Inputs));

    public async Task<CreateResponse> CreateAsync(EtcdSession etcd, CreateRequest request, CancellationToken cancellationToken)
    {
        var name = Props.Text(request.Inputs, "name")!;
        await etcd.CallAsync($"adding role '{name}'", (h, d, c) => etcd.Client.RoleAddAsync(new AuthRoleAddRequest { Name = name }, h, d, c), cancellationToken).ConfigureAwait(false);
        var wanted = RolePermission.FromInputs(request.Inputs);
        await ApplyAsync(etcd, name, [], wanted, cancellationToken).ConfigureAwait(false);
        return new CreateResponse(name, Outputs(PropertyValue.Create(name), wanted));
    }

    public async Task<ReadResponse> ReadAsync(EtcdSession etcd, ReadRequest request, CancellationToken cancellationToken)
    {
        var name = request.Id ?? Props.Text(request.Inputs, "name");
        if (string.IsNullOrEmpty(name) || await LiveAsync(etcd, name, cancellationToken).ConfigureAwait(false) is not { } live)
        {
            return ReadResponse.NotFound;
        }
        return new ReadResponse(name, request.Inputs, Outputs(PropertyValue.Create(name), live));
    }

    public async Task<UpdateResponse> UpdateAsync(EtcdSession etcd, UpdateRequest request, CancellationToken cancellationToken)
    {
        var live = await LiveAsync(etcd, request.Id, cancellationToken).ConfigureAwait(false)
            ?? throw new ProviderException($"role '{request.Id}' no longer exists in etcd at {etcd.Options.EndpointList}; run refresh, then up to create it again.");
        var wanted = RolePermission.FromInputs(request.NewInputs);
        await ApplyAsync(etcd, request.Id, live, wanted, cancellationToken).ConfigureAwait(false);
        return new UpdateResponse(Outputs(PropertyValue.Create(request.Id), wanted));
    }

    public async Task DeleteAsync(EtcdSession etcd, DeleteRequest request, CancellationToken cancellationToken)
    {
        try
        {
            await etcd.CallAsync($"deleting role '{request.Id}'", (h, d, c) => etcd.Client.RoleDeleteAsync(new AuthRoleDeleteRequest { Role = request.Id }, h, d, c), cancellationToken).ConfigureAwait(false);
        }
        catch (EtcdException e) when (Props.IsNotFound(e))
        {
            // Already gone.
        }
    }

    private static async Task<IReadOnlyList<RolePermission>?> LiveAsync(EtcdSession etcd, string name, CancellationToken cancellationToken)
    {
        try
        {
            var role = await etcd.CallAsync($"reading role '{name}'", (h, d, c) => etcd.Client.RoleGetAsync(new AuthRoleGetRequest { Role = name }, h, d, c), cancellationToken).ConfigureAwait(false);
            return RolePermission.Sort(role.Perm.Select(RolePermission.FromEtcd));
        }
        catch (EtcdException e) when (Props.IsNotFound(e))
        {
            return null;
        }
    }

    private static async Task ApplyAsync(EtcdSession etcd, string role, IReadOnlyList<RolePermission> live, IReadOnlyList<RolePermission> wanted, CancellationToken cancellationToken)
    {
        foreach (var stale in live.Where(p => !wanted.Any(w => w.Key == p.Key && w.RangeEnd == p.RangeEnd)))
        {
            var revoke = new AuthRoleRevokePermissionRequest { Role = role, Key = Google.Protobuf.ByteString.CopyFromUtf8(stale.Key), RangeEnd = Google.Protobuf.ByteString.CopyFromUtf8(stale.RangeEnd) };
            await etcd.CallAsync($"revoking {stale.Permission} on '{stale.Key}' from role '{role}'", (h, d, c) => etcd.Client.RoleRevokePermissionAsync(revoke, h, d, c), cancellationToken).ConfigureAwait(false);
        }
        foreach (var grant in wanted.Except(live))
        {
            var request = new AuthRoleGrantPermissionRequest { Name = role, Perm = grant.ToEtcd() };
            await etcd.CallAsync($"granting {grant.Permission} on '{grant.Key}' to role '{role}'", (h, d, c) => etcd.Client.RoleGrantPermissionAsync(request, h, d, c), cancellationToken).ConfigureAwait(false);
        }
    }

    private static PropertyMap Outputs(PropertyValue name, IReadOnlyList<RolePermission>? permissions) =>
        PropertyMap.Create(("name", name), ("permissions", permissions is null ? PropertyValue.Unknown : RolePermission.ToValue(permissions)));
}
