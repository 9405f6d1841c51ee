using System.Text.Json.Nodes;
using Infra.Consul.Client;
using Infra.Properties;
using Infra.Providers;

namespace Infra.Consul.Provider;

/// <summary>
/// <see cref="AclToken"/>: <c>/v1/acl/token</c>. ID = the AccessorID; the SecretID is a secret output. Policies and roles
/// are linked by name and compared with the live token; <c>local</c> cannot change (a change replaces the token).
/// </summary>
internal sealed class AclTokenKind : ResourceKind
{
    public override IReadOnlyList<string> InputKeys { get; } = ["description", "policies", "roles", "local"];

    public override IReadOnlyList<string> ImmutableKeys { get; } = ["local"];

    public override IReadOnlyList<string> ComputedKeys { get; } = ["accessorId", "secretId"];

    public override IReadOnlyList<CheckFailure> Check(PropertyMap inputs) => [];

    public override PropertyMap Normalize(PropertyMap inputs)
    {
        foreach (var key in new[] { "policies", "roles" })
        {
            if (inputs.Get(key)?.Unsecret() is { Kind: PropertyValueKind.Array } && !inputs[key].ContainsUnknowns)
            {
                inputs = inputs.SetItem(key, Props.Strings(Props.Texts(inputs, key).Order(StringComparer.Ordinal)));
            }
        }
        return inputs;
    }

    public override async Task<CreateResponse> CreateAsync(ConsulClient consul, CreateRequest request, CancellationToken cancellationToken)
    {
        var body = Body(request.Inputs);
        body["Local"] = Props.Flag(request.Inputs, "local") ?? false;
        var answer = await consul.PutJsonAsync("acl/token", body, cancellationToken).ConfigureAwait(false);
        var live = Live(answer!);
        return new CreateResponse(live["accessorId"].StringValue, live);
    }

    public override async Task<ReadResponse> ReadAsync(ConsulClient consul, ReadRequest request, CancellationToken cancellationToken)
    {
        if (request.Id is null || await consul.ReadAsync("acl/token/" + request.Id, cancellationToken).ConfigureAwait(false) is not JsonObject token)
        {
            return ReadResponse.NotFound;
        }
        var live = Live(token);
        return new ReadResponse(request.Id, Props.LiveInputs(request.Inputs, live, InputKeys), live);
    }

    public override async Task<UpdateResponse> UpdateAsync(ConsulClient consul, UpdateRequest request, CancellationToken cancellationToken)
    {
        var body = Body(request.NewInputs);
        body["AccessorID"] = request.Id;
        var answer = await consul.PutJsonAsync("acl/token/" + request.Id, body, cancellationToken).ConfigureAwait(false);
        return new UpdateResponse(Live(answer!));
    }

    public override Task DeleteAsync(ConsulClient consul, DeleteRequest request, CancellationToken cancellationToken) =>
        consul.DeleteAsync("acl/token/" + request.Id, cancellationToken);

    private static JsonObject Body(PropertyMap inputs) => new()
    {
        ["Description"] = Props.Text(inputs, "description") ?? "",
        ["Policies"] = Props.Links(Props.Texts(inputs, "policies")),
        ["Roles"] = Props.Links(Props.Texts(inputs, "roles")),
    };

    private static PropertyMap Live(JsonNode token) => PropertyMap.Create(
        ("accessorId", PropertyValue.Create(Props.JsonText(token["AccessorID"]))),
        ("secretId", PropertyValue.MakeSecret(PropertyValue.Create(Props.JsonText(token["SecretID"])))),
        ("description", PropertyValue.Create(Props.JsonText(token["Description"]))),
        ("policies", Props.Strings(Props.Names(token["Policies"]))),
        ("roles", Props.Strings(Props.Names(token["Roles"]))),
        ("local", PropertyValue.Create(token["Local"] is JsonValue local && local.GetValue<bool>())));
}
