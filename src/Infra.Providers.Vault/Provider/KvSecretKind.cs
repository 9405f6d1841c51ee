using System.Net;
using System.Text.Json.Nodes;
using Infra.Properties;
using Infra.Providers;
using Infra.Vault.Client;

namespace Infra.Vault.Provider;

/// <summary>
/// <see cref="KvSecret"/>: a KV v2 secret. ID = <c>{mount}/data/{name}</c> (the API path, so nested mounts split
/// unambiguously). Writes use check-and-set: <c>cas=0</c> on create, the recorded version on update, so a secret written
/// by someone else since the last refresh is never overwritten. <c>data</c> is always secret in inputs and outputs.
/// </summary>
internal sealed class KvSecretKind : ResourceKind
{
    private const string DataSegment = "/data/";

    public override IReadOnlyList<string> InputKeys { get; } = ["mount", "name", "data", "deleteVersionAfterSeconds"];

    public override IReadOnlyList<string> ImmutableKeys { get; } = ["mount", "name"];

    public override IReadOnlyList<string> ComputedKeys { get; } = ["version"];

    public override IReadOnlyList<CheckFailure> Check(PropertyMap inputs)
    {
        var failures = new List<CheckFailure>();
        Require(inputs, "mount", failures);
        PathLike(inputs, "mount", failures);
        Require(inputs, "name", failures);
        PathLike(inputs, "name", failures);
        if (!Props.IsUnknown(inputs, "data") && inputs.Get("data")?.Unsecret().Kind != PropertyValueKind.Object)
        {
            failures.Add(new CheckFailure("data", "is required and must be a map of strings"));
        }
        NotNegative(inputs, ["deleteVersionAfterSeconds"], failures);
        return failures;
    }

    public override PropertyMap Normalize(PropertyMap inputs) =>
        inputs.Get("data") is { } data ? inputs.SetItem("data", PropertyValue.MakeSecret(data.Unsecret())) : inputs;

    public override async Task<CreateResponse> CreateAsync(VaultClient vault, CreateRequest request, CancellationToken cancellationToken)
    {
        var (mount, name) = (Props.Text(request.Inputs, "mount")!, Props.Text(request.Inputs, "name")!);
        var version = await WriteAsync(vault, mount, name, request.Inputs, cas: 0, cancellationToken).ConfigureAwait(false);
        await WriteMetadataAsync(vault, mount, name, request.Inputs, cancellationToken).ConfigureAwait(false);
        return new CreateResponse(mount + DataSegment + name, Outputs(request.Inputs, version));
    }

    public override async Task<ReadResponse> ReadAsync(VaultClient vault, ReadRequest request, CancellationToken cancellationToken)
    {
        var (mount, name) = request.Id is { } id && id.IndexOf(DataSegment, StringComparison.Ordinal) is > 0 and var at
            ? (id[..at], id[(at + DataSegment.Length)..])
            : (Props.Text(request.Inputs, "mount"), Props.Text(request.Inputs, "name"));
        if (mount is null || name is null)
        {
            return ReadResponse.NotFound;
        }
        var answer = await vault.ReadAsync($"{mount}/data/{name}", cancellationToken).ConfigureAwait(false);
        if (answer?["data"] is not JsonObject body || body["data"] is not JsonObject data)
        {
            return ReadResponse.NotFound;
        }
        var live = PropertyMap.Create(
            ("mount", PropertyValue.Create(mount)),
            ("name", PropertyValue.Create(name)),
            ("data", PropertyValue.MakeSecret(Props.Map(data.Select(e => KeyValuePair.Create(e.Key, Props.JsonText(e.Value)))))),
            ("version", PropertyValue.Create(Props.JsonWhole(body["metadata"]?["version"]))));
        if (request.Inputs.ContainsKey("deleteVersionAfterSeconds") || request.Inputs.Count == 0)
        {
            var metadata = await vault.ReadAsync($"{mount}/metadata/{name}", cancellationToken).ConfigureAwait(false);
            live = live.SetItem("deleteVersionAfterSeconds", PropertyValue.Create(Props.JsonWhole(metadata?["data"]?["delete_version_after"])));
        }
        var inputs = Props.LiveInputs(request.Inputs, live, InputKeys);
        return new ReadResponse(mount + DataSegment + name, inputs.SetItem("data", live["data"]), live);
    }

    public override async Task<UpdateResponse> UpdateAsync(VaultClient vault, UpdateRequest request, CancellationToken cancellationToken)
    {
        var (mount, name) = (Props.Text(request.NewInputs, "mount")!, Props.Text(request.NewInputs, "name")!);
        var recorded = Props.Whole(request.OldOutputs, "version") ?? 0;
        var version = await WriteAsync(vault, mount, name, request.NewInputs, recorded, cancellationToken).ConfigureAwait(false);
        await WriteMetadataAsync(vault, mount, name, request.NewInputs, cancellationToken).ConfigureAwait(false);
        return new UpdateResponse(Outputs(request.NewInputs, version));
    }

    public override async Task DeleteAsync(VaultClient vault, DeleteRequest request, CancellationToken cancellationToken) =>
        await vault.DeleteAsync($"{Props.Text(request.Inputs, "mount")}/metadata/{Props.Text(request.Inputs, "name")}", cancellationToken).ConfigureAwait(false);

    private static async Task<long> WriteAsync(VaultClient vault, string mount, string name, PropertyMap inputs, long cas, CancellationToken cancellationToken)
    {
        var data = new JsonObject();
        foreach (var (key, value) in Props.TextMap(inputs, "data"))
        {
            data[key] = value;
        }
        try
        {
            var answer = await vault.WriteAsync($"{mount}/data/{name}", new JsonObject { ["options"] = new JsonObject { ["cas"] = cas }, ["data"] = data }, cancellationToken).ConfigureAwait(false);
            return Props.JsonWhole(answer?["data"]?["version"]);
        }
        catch (VaultApiException e) when (e.Status == HttpStatusCode.BadRequest && e.Mentions("check-and-set"))
        {
            var why = cas == 0
                ? $"secret '{mount}/{name}' already exists; Infra does not overwrite secrets it did not create: import it (ID '{mount}{DataSegment}{name}') or choose another name"
                : $"secret '{mount}/{name}' was written by someone else since version {cas} that Infra recorded; run `infra refresh` to see the change, then `infra up` again";
            throw new ProviderException($"{why} (Vault: {string.Join("; ", e.Errors)}).", e);
        }
    }

    private static async Task WriteMetadataAsync(VaultClient vault, string mount, string name, PropertyMap inputs, CancellationToken cancellationToken)
    {
        if (Props.Whole(inputs, "deleteVersionAfterSeconds") is { } seconds)
        {
            await vault.WriteAsync($"{mount}/metadata/{name}", new JsonObject { ["delete_version_after"] = Props.Seconds(seconds) }, cancellationToken).ConfigureAwait(false);
        }
    }

    private static PropertyMap Outputs(PropertyMap inputs, long version) =>
        inputs.SetItem("data", PropertyValue.MakeSecret(inputs["data"].Unsecret())).SetItem("version", PropertyValue.Create(version));
}
