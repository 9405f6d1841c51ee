using System.Text.Json.Nodes;
using Infra.Properties;
using Infra.Providers;
using Infra.Vault.Client;

namespace Infra.Vault.Provider;

/// <summary>
/// <see cref="Mount"/>: a secrets engine at <c>sys/mounts/{path}</c>. ID = path. <c>kv-v2</c> is mounted as type
/// <c>kv</c> with option <c>version=2</c> and read back as <c>kv-v2</c>. Description, lease TTLs and options are tuned
/// in place; a new path or type replaces the mount.
/// </summary>
internal sealed class MountKind : ResourceKind
{
    public static readonly string[] Types = ["kv", "kv-v2", "transit", "pki", "database"];

    public override IReadOnlyList<string> InputKeys { get; } = ["path", "type", "description", "defaultLeaseTtlSeconds", "maxLeaseTtlSeconds", "options"];

    public override IReadOnlyList<string> ImmutableKeys { get; } = ["path", "type"];

    public override IReadOnlyList<string> ComputedKeys { get; } = ["accessor"];

    public override IReadOnlyList<CheckFailure> Check(PropertyMap inputs)
    {
        var failures = new List<CheckFailure>();
        Require(inputs, "path", failures);
        PathLike(inputs, "path", failures);
        Require(inputs, "type", failures);
        OneOf(inputs, "type", Types, failures);
        NotNegative(inputs, ["defaultLeaseTtlSeconds", "maxLeaseTtlSeconds"], failures);
        return failures;
    }

    public override async Task<CreateResponse> CreateAsync(VaultClient vault, CreateRequest request, CancellationToken cancellationToken)
    {
        var path = Props.Text(request.Inputs, "path")!;
        var type = Props.Text(request.Inputs, "type")!;
        var options = Options(request.Inputs);
        var body = new JsonObject
        {
            ["type"] = type == "kv-v2" ? "kv" : type,
            ["description"] = Props.TextOr(request.Inputs, "description", ""),
            ["config"] = MountTable.TuneBody(Props.Whole(request.Inputs, "defaultLeaseTtlSeconds"), Props.Whole(request.Inputs, "maxLeaseTtlSeconds")),
            ["options"] = options,
        };
        await vault.WriteAsync($"sys/mounts/{path}", body, cancellationToken).ConfigureAwait(false);
        var live = await LiveAsync(vault, path, cancellationToken).ConfigureAwait(false)
            ?? throw new ProviderException($"Vault accepted mount '{path}' but does not list it in sys/mounts.");
        return new CreateResponse(path, Merge(request.Inputs, live));
    }

    public override async Task<ReadResponse> ReadAsync(VaultClient vault, ReadRequest request, CancellationToken cancellationToken)
    {
        var path = request.Id ?? Props.Text(request.Inputs, "path");
        if (path is null || await LiveAsync(vault, path, cancellationToken).ConfigureAwait(false) is not { } live)
        {
            return ReadResponse.NotFound;
        }
        var inputs = Props.LiveInputs(request.Inputs, live, InputKeys.Where(k => k != "options"));
        return new ReadResponse(path, inputs, Merge(inputs, live));
    }

    public override async Task<UpdateResponse> UpdateAsync(VaultClient vault, UpdateRequest request, CancellationToken cancellationToken)
    {
        var body = MountTable.TuneBody(Props.Whole(request.NewInputs, "defaultLeaseTtlSeconds"), Props.Whole(request.NewInputs, "maxLeaseTtlSeconds"));
        body["description"] = Props.TextOr(request.NewInputs, "description", "");
        body["options"] = Options(request.NewInputs);
        await vault.WriteAsync($"sys/mounts/{request.Id}/tune", body, cancellationToken).ConfigureAwait(false);
        var live = await LiveAsync(vault, request.Id, cancellationToken).ConfigureAwait(false)
            ?? throw new ProviderException($"mount '{request.Id}' disappeared while it was being tuned.");
        return new UpdateResponse(Merge(request.NewInputs, live));
    }

    public override Task DeleteAsync(VaultClient vault, DeleteRequest request, CancellationToken cancellationToken) =>
        vault.DeleteAsync($"sys/mounts/{request.Id}", cancellationToken);

    private static JsonObject Options(PropertyMap inputs)
    {
        var options = new JsonObject();
        foreach (var (key, value) in Props.TextMap(inputs, "options"))
        {
            options[key] = value;
        }
        if (Props.Text(inputs, "type") == "kv-v2")
        {
            options["version"] = "2";
        }
        return options;
    }

    private static async Task<PropertyMap?> LiveAsync(VaultClient vault, string path, CancellationToken cancellationToken)
    {
        if (await MountTable.FindAsync(vault, "sys/mounts", path, cancellationToken).ConfigureAwait(false) is not { } entry)
        {
            return null;
        }
        var type = Props.JsonText(entry["type"]);
        if (type == "kv" && Props.JsonText(entry["options"]?["version"]) == "2")
        {
            type = "kv-v2";
        }
        return PropertyMap.Create(
            ("path", PropertyValue.Create(path)),
            ("type", PropertyValue.Create(type)),
            ("description", PropertyValue.Create(Props.JsonText(entry["description"]))),
            ("defaultLeaseTtlSeconds", PropertyValue.Create(Props.JsonWhole(entry["config"]?["default_lease_ttl"]))),
            ("maxLeaseTtlSeconds", PropertyValue.Create(Props.JsonWhole(entry["config"]?["max_lease_ttl"]))),
            ("accessor", PropertyValue.Create(Props.JsonText(entry["accessor"]))));
    }

    private static PropertyMap Merge(PropertyMap inputs, PropertyMap live) =>
        inputs.Get("options") is { } options ? live.SetItem("options", options) : live;
}
