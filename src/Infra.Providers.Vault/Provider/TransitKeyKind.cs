using System.Text.Json.Nodes;
using Infra.Properties;
using Infra.Providers;
using Infra.Vault.Client;

namespace Infra.Vault.Provider;

/// <summary>
/// <see cref="TransitKey"/>: <c>{mount}/keys/{name}</c>. ID = that path. <c>type</c> and <c>exportable</c> are fixed at
/// creation (a change replaces the key); deletion settings, minimum versions and auto-rotation are updated through
/// <c>/config</c>; <c>rotateToVersion</c> rotates until the latest version reaches it. Delete first sets
/// <c>deletion_allowed</c>, which Vault requires before it deletes a key.
/// </summary>
internal sealed class TransitKeyKind : ResourceKind
{
    public static readonly string[] Types =
        ["aes128-gcm96", "aes256-gcm96", "chacha20-poly1305", "ed25519", "ecdsa-p256", "ecdsa-p384", "ecdsa-p521", "rsa-2048", "rsa-3072", "rsa-4096", "hmac"];

    public override IReadOnlyList<string> InputKeys { get; } =
        ["mount", "name", "type", "exportable", "deletionAllowed", "minDecryptionVersion", "autoRotatePeriodSeconds"];

    public override IReadOnlyList<string> ImmutableKeys { get; } = ["mount", "name", "type", "exportable"];

    public override IReadOnlyList<string> ComputedKeys { get; } = ["latestVersion"];

    public override IReadOnlyList<CheckFailure> Check(PropertyMap inputs)
    {
        var failures = new List<CheckFailure>();
        Require(inputs, "name", failures);
        PathLike(inputs, "mount", failures);
        OneOf(inputs, "type", Types, failures);
        NotNegative(inputs, ["minDecryptionVersion", "autoRotatePeriodSeconds", "rotateToVersion"], failures);
        if (Props.Whole(inputs, "autoRotatePeriodSeconds") is > 0 and < 3600)
        {
            failures.Add(new CheckFailure("autoRotatePeriodSeconds", "must be 0 (off) or at least 3600 (Vault's minimum of one hour)"));
        }
        return failures;
    }

    public override PropertyMap Normalize(PropertyMap inputs)
    {
        inputs = inputs.ContainsKey("mount") ? inputs : inputs.SetItem("mount", PropertyValue.Create("transit"));
        return inputs.ContainsKey("type") ? inputs : inputs.SetItem("type", PropertyValue.Create("aes256-gcm96"));
    }

    public override DiffResponse Diff(DiffRequest request)
    {
        var diff = base.Diff(request);
        var wanted = Props.Whole(request.NewInputs, "rotateToVersion");
        return wanted > (Props.Whole(request.OldOutputs, "latestVersion") ?? 0) || Props.IsUnknown(request.NewInputs, "rotateToVersion")
            ? diff with { ChangedPaths = [.. diff.ChangedPaths, "rotateToVersion"] }
            : diff;
    }

    public override async Task<CreateResponse> CreateAsync(VaultClient vault, CreateRequest request, CancellationToken cancellationToken)
    {
        var path = KeyPath(request.Inputs);
        if (await vault.ReadAsync(path, cancellationToken).ConfigureAwait(false) is not null)
        {
            throw new ProviderException($"transit key '{path}' already exists; import it (ID '{path}') or choose another name.");
        }
        var body = new JsonObject { ["type"] = Props.Text(request.Inputs, "type"), ["exportable"] = Props.Flag(request.Inputs, "exportable") ?? false };
        await vault.WriteAsync(path, body, cancellationToken).ConfigureAwait(false);
        return new CreateResponse(path, await ConfigureAsync(vault, path, request.Inputs, cancellationToken).ConfigureAwait(false));
    }

    public override async Task<ReadResponse> ReadAsync(VaultClient vault, ReadRequest request, CancellationToken cancellationToken)
    {
        var path = request.Id ?? (Props.Text(request.Inputs, "name") is null ? null : KeyPath(request.Inputs));
        if (path is null || await LiveAsync(vault, path, cancellationToken).ConfigureAwait(false) is not { } live)
        {
            return ReadResponse.NotFound;
        }
        return new ReadResponse(path, Props.LiveInputs(request.Inputs, live, InputKeys), KeepRotateTarget(live, request.Inputs));
    }

    public override async Task<UpdateResponse> UpdateAsync(VaultClient vault, UpdateRequest request, CancellationToken cancellationToken) =>
        new(await ConfigureAsync(vault, request.Id, request.NewInputs, cancellationToken).ConfigureAwait(false));

    public override async Task DeleteAsync(VaultClient vault, DeleteRequest request, CancellationToken cancellationToken)
    {
        if (await vault.ReadAsync(request.Id, cancellationToken).ConfigureAwait(false) is null)
        {
            return;
        }
        await vault.WriteAsync(request.Id + "/config", new JsonObject { ["deletion_allowed"] = true }, cancellationToken).ConfigureAwait(false);
        await vault.DeleteAsync(request.Id, cancellationToken).ConfigureAwait(false);
    }

    private static string KeyPath(PropertyMap inputs) => $"{Props.TextOr(inputs, "mount", "transit")}/keys/{Props.Text(inputs, "name")}";

    private static async Task<PropertyMap> ConfigureAsync(VaultClient vault, string path, PropertyMap inputs, CancellationToken cancellationToken)
    {
        var live = await LiveAsync(vault, path, cancellationToken).ConfigureAwait(false)
            ?? throw new ProviderException($"transit key '{path}' disappeared while it was being configured.");
        for (var version = Props.Whole(live, "latestVersion") ?? 1; version < (Props.Whole(inputs, "rotateToVersion") ?? 0); version++)
        {
            await vault.GenerateAsync(path + "/rotate", [], cancellationToken).ConfigureAwait(false);
        }
        var config = new JsonObject { ["deletion_allowed"] = Props.Flag(inputs, "deletionAllowed") ?? false };
        if (Props.Whole(inputs, "minDecryptionVersion") is { } minimum)
        {
            config["min_decryption_version"] = minimum;
        }
        if (Props.Whole(inputs, "autoRotatePeriodSeconds") is { } period)
        {
            config["auto_rotate_period"] = Props.Seconds(period);
        }
        await vault.WriteAsync(path + "/config", config, cancellationToken).ConfigureAwait(false);
        live = await LiveAsync(vault, path, cancellationToken).ConfigureAwait(false)
            ?? throw new ProviderException($"transit key '{path}' disappeared while it was being configured.");
        return KeepRotateTarget(live, inputs);
    }

    private static PropertyMap KeepRotateTarget(PropertyMap live, PropertyMap inputs) =>
        inputs.Get("rotateToVersion") is { } target ? live.SetItem("rotateToVersion", target) : live;

    private static async Task<PropertyMap?> LiveAsync(VaultClient vault, string path, CancellationToken cancellationToken)
    {
        if ((await vault.ReadAsync(path, cancellationToken).ConfigureAwait(false))?["data"] is not JsonObject key)
        {
            return null;
        }
        var at = path.IndexOf("/keys/", StringComparison.Ordinal);
        return PropertyMap.Create(
            ("mount", PropertyValue.Create(path[..at])),
            ("name", PropertyValue.Create(path[(at + "/keys/".Length)..])),
            ("type", PropertyValue.Create(Props.JsonText(key["type"]))),
            ("exportable", PropertyValue.Create(Props.JsonFlag(key["exportable"]))),
            ("deletionAllowed", PropertyValue.Create(Props.JsonFlag(key["deletion_allowed"]))),
            ("minDecryptionVersion", PropertyValue.Create(Props.JsonWhole(key["min_decryption_version"]))),
            ("autoRotatePeriodSeconds", PropertyValue.Create(Props.JsonWhole(key["auto_rotate_period"]))),
            ("latestVersion", PropertyValue.Create(Props.JsonWhole(key["latest_version"]))));
    }
}
