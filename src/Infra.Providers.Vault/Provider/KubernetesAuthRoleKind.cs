using System.Text.Json.Nodes;
using Infra.Properties;
using Infra.Providers;
using Infra.Vault.Client;

namespace Infra.Vault.Provider;

/// <summary>
/// <see cref="KubernetesAuthRole"/>: <c>auth/{backend}/role/{name}</c> of a kubernetes auth method. ID = that path.
/// Bound service accounts, namespaces, policies and TTL are compared with the live role.
/// </summary>
internal sealed class KubernetesAuthRoleKind : ResourceKind
{
    private static readonly (string Input, string Api)[] Lists =
    [
        ("boundServiceAccountNames", "bound_service_account_names"),
        ("boundServiceAccountNamespaces", "bound_service_account_namespaces"),
        ("tokenPolicies", "token_policies"),
    ];

    public override IReadOnlyList<string> InputKeys { get; } = ["backend", "name", "tokenTtlSeconds", "audience", .. Lists.Select(l => l.Input)];

    public override IReadOnlyList<string> ImmutableKeys { get; } = ["backend", "name"];

    public override IReadOnlyList<CheckFailure> Check(PropertyMap inputs)
    {
        var failures = new List<CheckFailure>();
        Require(inputs, "name", failures);
        PathLike(inputs, "backend", failures);
        NotNegative(inputs, ["tokenTtlSeconds"], failures);
        foreach (var key in new[] { "boundServiceAccountNames", "boundServiceAccountNamespaces" })
        {
            if (!Props.IsUnknown(inputs, key) && !inputs[key].ContainsUnknowns && Props.Texts(inputs, key).Count == 0)
            {
                failures.Add(new CheckFailure(key, "needs at least one entry (\"*\" allows all)"));
            }
        }
        return failures;
    }

    public override PropertyMap Normalize(PropertyMap inputs)
    {
        inputs = inputs.ContainsKey("backend") ? inputs : inputs.SetItem("backend", PropertyValue.Create("kubernetes"));
        foreach (var key in new[] { "boundServiceAccountNames", "boundServiceAccountNamespaces" })
        {
            inputs = inputs.ContainsKey(key) ? inputs : inputs.SetItem(key, PropertyValue.EmptyArray);
        }
        return inputs;
    }

    public override async Task<CreateResponse> CreateAsync(VaultClient vault, CreateRequest request, CancellationToken cancellationToken)
    {
        var path = RolePath(request.Inputs);
        if (await vault.ReadAsync(path, cancellationToken).ConfigureAwait(false) is not null)
        {
            throw new ProviderException($"Kubernetes auth role '{path}' already exists; import it (ID '{path}') or choose another name.");
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
            ?? throw new ProviderException($"Kubernetes auth role '{request.Id}' disappeared while it was being updated."));
    }

    public override Task DeleteAsync(VaultClient vault, DeleteRequest request, CancellationToken cancellationToken) =>
        vault.DeleteAsync(request.Id, cancellationToken);

    private static string RolePath(PropertyMap inputs) => $"auth/{Props.TextOr(inputs, "backend", "kubernetes")}/role/{Props.Text(inputs, "name")}";

    private static Task WriteAsync(VaultClient vault, string path, PropertyMap inputs, CancellationToken cancellationToken)
    {
        var body = new JsonObject();
        foreach (var (input, api) in Lists)
        {
            body[api] = new JsonArray(Props.Texts(inputs, input).Select(v => (JsonNode?)v).ToArray());
        }
        if (Props.Whole(inputs, "tokenTtlSeconds") is { } ttl)
        {
            body["token_ttl"] = ttl;
        }
        if (Props.Text(inputs, "audience") is { } audience)
        {
            body["audience"] = audience;
        }
        return vault.WriteAsync(path, body, cancellationToken);
    }

    private static async Task<PropertyMap?> LiveAsync(VaultClient vault, string path, CancellationToken cancellationToken)
    {
        if ((await vault.ReadAsync(path, cancellationToken).ConfigureAwait(false))?["data"] is not JsonObject role)
        {
            return null;
        }
        var parts = path.Split('/');
        var live = PropertyMap.Create(
            ("backend", PropertyValue.Create(string.Join('/', parts[1..^2]))),
            ("name", PropertyValue.Create(parts[^1])),
            ("tokenTtlSeconds", PropertyValue.Create(Props.JsonWhole(role["token_ttl"]))),
            ("audience", PropertyValue.Create(Props.JsonText(role["audience"]))));
        return Lists.Aggregate(live, (map, l) => map.SetItem(l.Input, Props.Strings(Props.JsonTexts(role[l.Api]))));
    }
}
