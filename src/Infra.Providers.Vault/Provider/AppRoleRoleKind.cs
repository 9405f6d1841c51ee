using System.Text.Json.Nodes;
using Infra.Properties;
using Infra.Providers;
using Infra.Vault.Client;

namespace Infra.Vault.Provider;

/// <summary>
/// <see cref="AppRoleRole"/>: <c>auth/{backend}/role/{name}</c>. ID = that path (so import takes it as it is). Outputs
/// add <c>roleId</c> from <c>role-id</c>. Every setting is compared with the live role.
/// </summary>
internal sealed class AppRoleRoleKind : ResourceKind
{
    private static readonly (string Input, string Api)[] Settings =
    [
        ("tokenTtlSeconds", "token_ttl"),
        ("tokenMaxTtlSeconds", "token_max_ttl"),
        ("secretIdTtlSeconds", "secret_id_ttl"),
        ("secretIdNumUses", "secret_id_num_uses"),
    ];

    public override IReadOnlyList<string> InputKeys { get; } =
        ["backend", "name", "tokenPolicies", "bindSecretId", .. Settings.Select(s => s.Input)];

    public override IReadOnlyList<string> ImmutableKeys { get; } = ["backend", "name"];

    public override IReadOnlyList<string> ComputedKeys { get; } = ["roleId"];

    public override IReadOnlyList<CheckFailure> Check(PropertyMap inputs)
    {
        var failures = new List<CheckFailure>();
        Require(inputs, "name", failures);
        PathLike(inputs, "backend", failures);
        NotNegative(inputs, Settings.Select(s => s.Input), failures);
        return failures;
    }

    public override PropertyMap Normalize(PropertyMap inputs) =>
        inputs.ContainsKey("backend") ? inputs : inputs.SetItem("backend", PropertyValue.Create("approle"));

    public override async Task<CreateResponse> CreateAsync(VaultClient vault, CreateRequest request, CancellationToken cancellationToken)
    {
        var path = RolePath(request.Inputs);
        if (await vault.ReadAsync(path, cancellationToken).ConfigureAwait(false) is not null)
        {
            throw new ProviderException($"AppRole role '{path}' already exists; import it (ID '{path}') or choose another name.");
        }
        await WriteAsync(vault, path, request.Inputs, cancellationToken).ConfigureAwait(false);
        return new CreateResponse(path, (await LiveAsync(vault, path, cancellationToken).ConfigureAwait(false))!);
    }

    public override async Task<ReadResponse> ReadAsync(VaultClient vault, ReadRequest request, CancellationToken cancellationToken)
    {
        var path = request.Id ?? (Props.Text(request.Inputs, "name") is null ? null : RolePath(request.Inputs));
        if (path is null || await LiveAsync(vault, path, cancellationToken).ConfigureAwait(false) is not { } live)
        {
            return ReadResponse.NotFound;
        }
        return new ReadResponse(path, Props.LiveInputs(request.Inputs, live, InputKeys), live);
    }

    public override async Task<UpdateResponse> UpdateAsync(VaultClient vault, UpdateRequest request, CancellationToken cancellationToken)
    {
        await WriteAsync(vault, request.Id, request.NewInputs, cancellationToken).ConfigureAwait(false);
        return new UpdateResponse((await LiveAsync(vault, request.Id, cancellationToken).ConfigureAwait(false))
            ?? throw new ProviderException($"AppRole role '{request.Id}' disappeared while it was being updated."));
    }

    public override Task DeleteAsync(VaultClient vault, DeleteRequest request, CancellationToken cancellationToken) =>
        vault.DeleteAsync(request.Id, cancellationToken);

    private static string RolePath(PropertyMap inputs) => $"auth/{Props.TextOr(inputs, "backend", "approle")}/role/{Props.Text(inputs, "name")}";

    private static Task WriteAsync(VaultClient vault, string path, PropertyMap inputs, CancellationToken cancellationToken)
    {
        var body = new JsonObject { ["token_policies"] = new JsonArray(Props.Texts(inputs, "tokenPolicies").Select(p => (JsonNode?)p).ToArray()) };
        foreach (var (input, api) in Settings)
        {
            if (Props.Whole(inputs, input) is { } value)
            {
                body[api] = value;
            }
        }
        if (Props.Flag(inputs, "bindSecretId") is { } bind)
        {
            body["bind_secret_id"] = bind;
        }
        return vault.WriteAsync(path, body, cancellationToken);
    }

    private static async Task<PropertyMap?> LiveAsync(VaultClient vault, string path, CancellationToken cancellationToken)
    {
        if ((await vault.ReadAsync(path, cancellationToken).ConfigureAwait(false))?["data"] is not JsonObject role)
        {
            return null;
        }
        var roleId = (await vault.ReadAsync(path + "/role-id", cancellationToken).ConfigureAwait(false))?["data"]?["role_id"];
        var parts = path.Split('/');
        var live = PropertyMap.Create(
            ("backend", PropertyValue.Create(string.Join('/', parts[1..^2]))),
            ("name", PropertyValue.Create(parts[^1])),
            ("tokenPolicies", Props.Strings(Props.JsonTexts(role["token_policies"]))),
            ("bindSecretId", PropertyValue.Create(Props.JsonFlag(role["bind_secret_id"]))),
            ("roleId", PropertyValue.Create(Props.JsonText(roleId))));
        return Settings.Aggregate(live, (map, s) => map.SetItem(s.Input, PropertyValue.Create(Props.JsonWhole(role[s.Api]))));
    }
}
