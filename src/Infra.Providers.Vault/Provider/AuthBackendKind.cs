using System.Text.Json.Nodes;
using Infra.Properties;
using Infra.Providers;
using Infra.Vault.Client;

namespace Infra.Vault.Provider;

/// <summary>
/// <see cref="AuthBackend"/>: an auth method at <c>sys/auth/{path}</c>. ID = path. Description and lease TTLs are
/// tuned in place; <c>config</c> (kubernetes, jwt, oidc) is written to <c>auth/{path}/config</c> and the keys the
/// program sets are compared with the live config. A new path or type replaces the backend.
/// </summary>
internal sealed class AuthBackendKind : ResourceKind
{
    public static readonly string[] Types = ["approle", "kubernetes", "jwt", "oidc"];

    public override IReadOnlyList<string> InputKeys { get; } = ["path", "type", "description", "defaultLeaseTtlSeconds", "maxLeaseTtlSeconds", "config"];

    public override IReadOnlyList<string> ImmutableKeys { get; } = ["path", "type"];

    public override IReadOnlyList<string> ComputedKeys { get; } = ["accessor"];

    public override IReadOnlyList<CheckFailure> Check(PropertyMap inputs)
    {
        var failures = new List<CheckFailure>();
        Require(inputs, "type", failures);
        OneOf(inputs, "type", Types, failures);
        PathLike(inputs, "path", failures);
        NotNegative(inputs, ["defaultLeaseTtlSeconds", "maxLeaseTtlSeconds"], failures);
        if (Props.Text(inputs, "type") == "approle" && Props.TextMap(inputs, "config").Count > 0)
        {
            failures.Add(new CheckFailure("config", "approle has no backend config; set options on AppRoleRole instead"));
        }
        return failures;
    }

    public override PropertyMap Normalize(PropertyMap inputs) =>
        inputs.ContainsKey("path") || Props.Text(inputs, "type") is not { } type ? inputs : inputs.SetItem("path", PropertyValue.Create(type));

    public override async Task<CreateResponse> CreateAsync(VaultClient vault, CreateRequest request, CancellationToken cancellationToken)
    {
        var path = Props.Text(request.Inputs, "path")!;
        var body = new JsonObject
        {
            ["type"] = Props.Text(request.Inputs, "type"),
            ["description"] = Props.TextOr(request.Inputs, "description", ""),
            ["config"] = MountTable.TuneBody(Props.Whole(request.Inputs, "defaultLeaseTtlSeconds"), Props.Whole(request.Inputs, "maxLeaseTtlSeconds")),
        };
        await vault.WriteAsync($"sys/auth/{path}", body, cancellationToken).ConfigureAwait(false);
        await WriteConfigAsync(vault, path, request.Inputs, cancellationToken).ConfigureAwait(false);
        var live = await LiveAsync(vault, path, request.Inputs, cancellationToken).ConfigureAwait(false)
            ?? throw new ProviderException($"Vault accepted auth method '{path}' but does not list it in sys/auth.");
        return new CreateResponse(path, live);
    }

    public override async Task<ReadResponse> ReadAsync(VaultClient vault, ReadRequest request, CancellationToken cancellationToken)
    {
        var path = request.Id ?? Props.Text(request.Inputs, "path");
        if (path is null || await LiveAsync(vault, path, request.Inputs, cancellationToken).ConfigureAwait(false) is not { } live)
        {
            return ReadResponse.NotFound;
        }
        return new ReadResponse(path, Props.LiveInputs(request.Inputs, live, InputKeys), live);
    }

    public override async Task<UpdateResponse> UpdateAsync(VaultClient vault, UpdateRequest request, CancellationToken cancellationToken)
    {
        var body = MountTable.TuneBody(Props.Whole(request.NewInputs, "defaultLeaseTtlSeconds"), Props.Whole(request.NewInputs, "maxLeaseTtlSeconds"));
        body["description"] = Props.TextOr(request.NewInputs, "description", "");
        await vault.WriteAsync($"sys/auth/{request.Id}/tune", body, cancellationToken).ConfigureAwait(false);
        await WriteConfigAsync(vault, request.Id, request.NewInputs, cancellationToken).ConfigureAwait(false);
        var live = await LiveAsync(vault, request.Id, request.NewInputs, cancellationToken).ConfigureAwait(false)
            ?? throw new ProviderException($"auth method '{request.Id}' disappeared while it was being tuned.");
        return new UpdateResponse(live);
    }

    public override Task DeleteAsync(VaultClient vault, DeleteRequest request, CancellationToken cancellationToken) =>
        vault.DeleteAsync($"sys/auth/{request.Id}", cancellationToken);

    private static async Task WriteConfigAsync(VaultClient vault, string path, PropertyMap inputs, CancellationToken cancellationToken)
    {
        var config = Props.TextMap(inputs, "config");
        if (config.Count > 0)
        {
            await vault.WriteAsync($"auth/{path}/config", new JsonObject(config.Select(e => KeyValuePair.Create(e.Key, (JsonNode?)e.Value))), cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<PropertyMap?> LiveAsync(VaultClient vault, string path, PropertyMap inputs, CancellationToken cancellationToken)
    {
        if (await MountTable.FindAsync(vault, "sys/auth", path, cancellationToken).ConfigureAwait(false) is not { } entry)
        {
            return null;
        }
        var live = PropertyMap.Create(
            ("path", PropertyValue.Create(path)),
            ("type", PropertyValue.Create(Props.JsonText(entry["type"]))),
            ("description", PropertyValue.Create(Props.JsonText(entry["description"]))),
            ("defaultLeaseTtlSeconds", PropertyValue.Create(Props.JsonWhole(entry["config"]?["default_lease_ttl"]))),
            ("maxLeaseTtlSeconds", PropertyValue.Create(Props.JsonWhole(entry["config"]?["max_lease_ttl"]))),
            ("accessor", PropertyValue.Create(Props.JsonText(entry["accessor"]))));
        var wanted = Props.TextMap(inputs, "config");
        if (wanted.Count == 0)
        {
            return live;
        }
        var config = (await vault.ReadAsync($"auth/{path}/config", cancellationToken).ConfigureAwait(false))?["data"] as JsonObject;
        var current = wanted.Keys.Where(k => config?[k] is not null).Select(k => KeyValuePair.Create(k, Props.JsonText(config![k])));
        return live.SetItem("config", Props.Map(current));
    }
}
