using System.Text.Json.Nodes;
using Infra.Consul.Client;
using Infra.Properties;
using Infra.Providers;

namespace Infra.Consul.Provider;

/// <summary>
/// <see cref="AclRole"/>: <c>/v1/acl/role</c>. ID = the role ID Consul assigns; Read with a name looks the role up by
/// name (import). Policies are linked by name and compared with the live role.
/// </summary>
internal sealed class AclRoleKind : ResourceKind
{
    public override IReadOnlyList<string> InputKeys { get; } = ["name", "description", "policies"];

    public override IReadOnlyList<string> ImmutableKeys { get; } = [];

    public override IReadOnlyList<string> ComputedKeys { get; } = ["roleId"];

    public override IReadOnlyList<CheckFailure> Check(PropertyMap inputs)
    {
        var failures = new List<CheckFailure>();
        Require(inputs, "name", failures);
        return failures;
    }

    public override PropertyMap Normalize(PropertyMap inputs) =>
        inputs.Get("policies") is { ContainsUnknowns: false } && inputs["policies"].Unsecret().Kind == PropertyValueKind.Array
            ? inputs.SetItem("policies", Props.Strings(Props.Texts(inputs, "policies").Order(StringComparer.Ordinal)))
            : inputs;

    public override async Task<CreateResponse> CreateAsync(ConsulClient consul, CreateRequest request, CancellationToken cancellationToken)
    {
        var answer = await consul.PutJsonAsync("acl/role", Body(request.Inputs), cancellationToken).ConfigureAwait(false);
        var live = Live(answer!);
        return new CreateResponse(live["roleId"].StringValue, live);
    }

    public override async Task<ReadResponse> ReadAsync(ConsulClient consul, ReadRequest request, CancellationToken cancellationToken)
    {
        var answer = request.Id is { } id
            ? await consul.ReadAsync("acl/role/" + id, cancellationToken).ConfigureAwait(false)
                ?? await consul.ReadAsync("acl/role/name/" + Uri.EscapeDataString(id), cancellationToken).ConfigureAwait(false)
            : Props.Text(request.Inputs, "name") is { } name ? await consul.ReadAsync("acl/role/name/" + Uri.EscapeDataString(name), cancellationToken).ConfigureAwait(false) : null;
        if (answer is not JsonObject role)
        {
            return ReadResponse.NotFound;
        }
        var live = Live(role);
        return new ReadResponse(live["roleId"].StringValue, Props.LiveInputs(request.Inputs, live, InputKeys), live);
    }

    public override async Task<UpdateResponse> UpdateAsync(ConsulClient consul, UpdateRequest request, CancellationToken cancellationToken)
    {
        var body = Body(request.NewInputs);
        body["ID"] = request.Id;
        return new UpdateResponse(Live((await consul.PutJsonAsync("acl/role/" + request.Id, body, cancellationToken).ConfigureAwait(false))!));
    }

    public override Task DeleteAsync(ConsulClient consul, DeleteRequest request, CancellationToken cancellationToken) =>
        consul.DeleteAsync("acl/role/" + request.Id, cancellationToken);

    private static JsonObject Body(PropertyMap inputs) => new()
    {
        ["Name"] = Props.Text(inputs, "name"),
        ["Description"] = Props.Text(inputs, "description") ?? "",
        ["Policies"] = Props.Links(Props.Texts(inputs, "policies")),
    };

    private static PropertyMap Live(JsonNode role) => PropertyMap.Create(
        ("roleId", PropertyValue.Create(Props.JsonText(role["ID"]))),
        ("name", PropertyValue.Create(Props.JsonText(role["Name"]))),
        ("description", PropertyValue.Create(Props.JsonText(role["Description"]))),
        ("policies", Props.Strings(Props.Names(role["Policies"]))));
}
