using System.Text.Json.Nodes;
using Infra.Properties;
using Infra.Providers;
using Infra.Vault.Client;

namespace Infra.Vault.Provider;

/// <summary>
/// <see cref="AppRoleSecretId"/>: a SecretID generated for an AppRole role. ID = its accessor; the SecretID itself is a
/// secret output. Every input change replaces it (Vault cannot change a SecretID). Read looks the accessor up, so a
/// SecretID destroyed or expired outside Infra reads as gone.
/// </summary>
internal sealed class AppRoleSecretIdKind : ResourceKind
{
    public override IReadOnlyList<string> InputKeys { get; } = ["backend", "roleName", "metadata", "ttlSeconds"];

    public override IReadOnlyList<string> ImmutableKeys => InputKeys;

    public override IReadOnlyList<string> ComputedKeys { get; } = ["secretId", "accessor"];

    public override IReadOnlyList<CheckFailure> Check(PropertyMap inputs)
    {
        var failures = new List<CheckFailure>();
        Require(inputs, "roleName", failures);
        NotNegative(inputs, ["ttlSeconds"], failures);
        return failures;
    }

    public override PropertyMap Normalize(PropertyMap inputs) =>
        inputs.ContainsKey("backend") ? inputs : inputs.SetItem("backend", PropertyValue.Create("approle"));

    public override DiffResponse Diff(DiffRequest request)
    {
        var changed = PropertyDiff.Compute(request.OldInputs, request.NewInputs).Select(PropertyDiff.TopLevelKey).Distinct().ToList();
        return new DiffResponse(changed, changed);
    }

    public override async Task<CreateResponse> CreateAsync(VaultClient vault, CreateRequest request, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["metadata"] = new JsonObject(Props.TextMap(request.Inputs, "metadata").Select(e => KeyValuePair.Create(e.Key, (JsonNode?)e.Value))).ToJsonString() };
        if (Props.Whole(request.Inputs, "ttlSeconds") is { } ttl)
        {
            body["ttl"] = Props.Seconds(ttl);
        }
        var answer = await vault.GenerateAsync(RolePath(request.Inputs) + "/secret-id", body, cancellationToken).ConfigureAwait(false);
        var accessor = Props.JsonText(answer?["data"]?["secret_id_accessor"]);
        var secretId = Props.JsonText(answer?["data"]?["secret_id"]);
        if (accessor.Length == 0 || secretId.Length == 0)
        {
            throw new ProviderException($"Vault's answer to {RolePath(request.Inputs)}/secret-id has no secret_id and secret_id_accessor.");
        }
        return new CreateResponse(accessor, request.Inputs
            .SetItem("accessor", PropertyValue.Create(accessor))
            .SetItem("secretId", PropertyValue.MakeSecret(PropertyValue.Create(secretId))));
    }

    public override async Task<ReadResponse> ReadAsync(VaultClient vault, ReadRequest request, CancellationToken cancellationToken)
    {
        if (request.Id is null)
        {
            return ReadResponse.NotFound;
        }
        var body = new JsonObject { ["secret_id_accessor"] = request.Id };
        var answer = await vault.LookupAsync(RolePath(request.Inputs) + "/secret-id-accessor/lookup", body, cancellationToken).ConfigureAwait(false);
        return answer?["data"] is null
            ? ReadResponse.NotFound
            : new ReadResponse(request.Id, request.Inputs, request.Outputs ?? request.Inputs.SetItem("accessor", PropertyValue.Create(request.Id)));
    }

    public override Task<UpdateResponse> UpdateAsync(VaultClient vault, UpdateRequest request, CancellationToken cancellationToken) =>
        throw new ProviderException("a SecretID cannot be changed in place; Infra replaces it instead.");

    public override async Task DeleteAsync(VaultClient vault, DeleteRequest request, CancellationToken cancellationToken) =>
        await vault.LookupAsync(RolePath(request.Inputs) + "/secret-id-accessor/destroy", new JsonObject { ["secret_id_accessor"] = request.Id }, cancellationToken).ConfigureAwait(false);

    private static string RolePath(PropertyMap inputs) => $"auth/{Props.TextOr(inputs, "backend", "approle")}/role/{Props.Text(inputs, "roleName")}";
}
