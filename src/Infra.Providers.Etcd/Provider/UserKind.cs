using Etcdserverpb;
using Infra.Etcd.Client;
using Infra.Properties;
using Infra.Providers;

namespace Infra.Etcd.Provider;

/// <summary>
/// <see cref="User"/>: ID = the user name. The password is compared with the recorded inputs (etcd cannot reveal
/// it) and never appears in outputs; roles are compared with the recorded (live) outputs.
/// </summary>
internal sealed class UserKind : IResourceKind
{
    public IReadOnlyList<CheckFailure> Check(PropertyMap inputs)
    {
        var failures = new List<CheckFailure>();
        if (!Props.IsUnknown(inputs, "name") && string.IsNullOrEmpty(Props.Text(inputs, "name")))
        {
            failures.Add(new CheckFailure("name", "is required and must be a non-empty string"));
        }
        if (!Props.IsUnknown(inputs, "password") && string.IsNullOrEmpty(Props.Text(inputs, "password")))
        {
            failures.Add(new CheckFailure("password", "is required and must be a non-empty string"));
        }
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
        if (Props.IsUnknown(request.NewInputs, "password") || Props.Text(request.NewInputs, "password") != Props.Text(request.OldInputs, "password"))
        {
            changed.Add("password");
        }
        if (request.NewInputs.Get("roles")?.ContainsUnknowns == true || !Roles(request.NewInputs).SequenceEqual(Props.Texts(request.OldOutputs, "roles")))
        {
            changed.Add("roles");
        }
        return new DiffResponse(changed, replace);
    }

    public PropertyMap Preview(PreviewRequest request) => PropertyMap.Create(
        ("name", request.Inputs.Get("name") ?? PropertyValue.Unknown),
        ("roles", request.Inputs.Get("roles")?.ContainsUnknowns == true ? PropertyValue.Unknown : Props.Strings(Roles(request.Inputs))));

    public async Task<CreateResponse> CreateAsync(EtcdSession etcd, CreateRequest request, CancellationToken cancellationToken)
    {
        var name = Props.Text(request.Inputs, "name")!;
        var add = new AuthUserAddRequest { Name = name, Password = Props.Text(request.Inputs, "password")! };
        await etcd.CallAsync($"adding user '{name}'", (h, d, c) => etcd.Client.UserAddAsync(add, h, d, c), cancellationToken).ConfigureAwait(false);
        var roles = Roles(request.Inputs);
        await ApplyRolesAsync(etcd, name, [], roles, cancellationToken).ConfigureAwait(false);
        return new CreateResponse(name, Outputs(name, roles));
    }

    public async Task<ReadResponse> ReadAsync(EtcdSession etcd, ReadRequest request, CancellationToken cancellationToken)
    {
        var name = request.Id ?? Props.Text(request.Inputs, "name");
        if (string.IsNullOrEmpty(name) || await LiveRolesAsync(etcd, name, cancellationToken).ConfigureAwait(false) is not { } roles)
        {
            return ReadResponse.NotFound;
        }
        return new ReadResponse(name, request.Inputs, Outputs(name, roles));
    }

    public async Task<UpdateResponse> UpdateAsync(EtcdSession etcd, UpdateRequest request, CancellationToken cancellationToken)
    {
        var name = request.Id;
        var password = Props.Text(request.NewInputs, "password")!;
        if (password != Props.Text(request.OldInputs, "password"))
        {
            var change = new AuthUserChangePasswordRequest { Name = name, Password = password };
            await etcd.CallAsync($"changing the password of user '{name}'", (h, d, c) => etcd.Client.UserChangePasswordAsync(change, h, d, c), cancellationToken).ConfigureAwait(false);
        }
        var live = await LiveRolesAsync(etcd, name, cancellationToken).ConfigureAwait(false)
            ?? throw new ProviderException($"user '{name}' no longer exists in etcd at {etcd.Options.EndpointList}; run refresh, then up to create it again.");
        var roles = Roles(request.NewInputs);
        await ApplyRolesAsync(etcd, name, live, roles, cancellationToken).ConfigureAwait(false);
        return new UpdateResponse(Outputs(name, roles));
    }

    public async Task DeleteAsync(EtcdSession etcd, DeleteRequest request, CancellationToken cancellationToken)
    {
        try
        {
            await etcd.CallAsync($"deleting user '{request.Id}'", (h, d, c) => etcd.Client.UserDeleteAsync(new AuthUserDeleteRequest { Name = request.Id }, h, d, c), cancellationToken).ConfigureAwait(false);
        }
        catch (EtcdException e) when (Props.IsNotFound(e))
        {
            // Already gone.
        }
    }

    private static IReadOnlyList<string> Roles(PropertyMap inputs) => Props.Texts(inputs, "roles").Distinct().Order(StringComparer.Ordinal).ToList();

    private static async Task<IReadOnlyList<string>?> LiveRolesAsync(EtcdSession etcd, string name, CancellationToken cancellationToken)
    {
        try
        {
            var user = await etcd.CallAsync($"reading user '{name}'", (h, d, c) => etcd.Client.UserGetAsync(new AuthUserGetRequest { Name = name }, h, d, c), cancellationToken).ConfigureAwait(false);
            return user.Roles.Order(StringComparer.Ordinal).ToList();
        }
        catch (EtcdException e) when (Props.IsNotFound(e))
        {
            return null;
        }
    }

    private static async Task ApplyRolesAsync(EtcdSession etcd, string user, IReadOnlyList<string> live, IReadOnlyList<string> wanted, CancellationToken cancellationToken)
    {
        foreach (var role in live.Except(wanted))
        {
            await etcd.CallAsync($"revoking role '{role}' from user '{user}'", (h, d, c) => etcd.Client.UserRevokeRoleAsync(new AuthUserRevokeRoleRequest { Name = user, Role = role }, h, d, c), cancellationToken).ConfigureAwait(false);
        }
        foreach (var role in wanted.Except(live))
        {
            await etcd.CallAsync($"granting role '{role}' to user '{user}'", (h, d, c) => etcd.Client.UserGrantRoleAsync(new AuthUserGrantRoleRequest { User = user, Role = role }, h, d, c), cancellationToken).ConfigureAwait(false);
        }
    }

    private static PropertyMap Outputs(string name, IReadOnlyList<string> roles) =>
        PropertyMap.Create(("name", PropertyValue.Create(name)), ("roles", Props.Strings(roles)));
}
