using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Infra.Consul.Client;
using Infra.Properties;
using Infra.Providers;

namespace Infra.Consul.Provider;

/// <summary>
/// <see cref="ConfigEntry"/>: <c>/v1/config</c>. ID = <c>{kind}/{name}</c>. <c>config</c> is the entry's JSON without
/// <c>Kind</c> and <c>Name</c>, in Consul's field names; it is compacted, and only the top-level fields it sets are
/// compared with the live entry (Consul adds defaults and indexes). Writes use check-and-set on <c>ModifyIndex</c>.
/// </summary>
internal sealed class ConfigEntryKind : ResourceKind
{
    public static readonly string[] Kinds = ["service-defaults", "proxy-defaults", "service-router", "service-splitter", "service-resolver", "service-intentions", "mesh"];

    private static readonly string[] ServerFields = ["Kind", "Name", "CreateIndex", "ModifyIndex"];

    public override IReadOnlyList<string> InputKeys { get; } = ["kind", "name", "config"];

    public override IReadOnlyList<string> ImmutableKeys { get; } = ["kind", "name"];

    public override IReadOnlyList<string> ComputedKeys { get; } = ["modifyIndex"];

    public override IReadOnlyList<CheckFailure> Check(PropertyMap inputs)
    {
        var failures = new List<CheckFailure>();
        Require(inputs, "kind", failures);
        Require(inputs, "name", failures);
        if (Props.Text(inputs, "kind") is { } kind && !Kinds.Contains(kind))
        {
            failures.Add(new CheckFailure("kind", $"must be one of {string.Join(", ", Kinds)}, got '{kind}'"));
        }
        if ((Props.Text(inputs, "kind"), Props.Text(inputs, "name")) is ("proxy-defaults", { } proxy) && proxy != "global")
        {
            failures.Add(new CheckFailure("name", $"a proxy-defaults entry must be named 'global', got '{proxy}'"));
        }
        if ((Props.Text(inputs, "kind"), Props.Text(inputs, "name")) is ("mesh", { } mesh) && mesh != "mesh")
        {
            failures.Add(new CheckFailure("name", $"a mesh entry must be named 'mesh', got '{mesh}'"));
        }
        if (Props.Text(inputs, "config") is { } text)
        {
            try
            {
                if (JsonNode.Parse(text) is not JsonObject config)
                {
                    failures.Add(new CheckFailure("config", "must be a JSON object"));
                }
                else if (config.Select(e => e.Key).FirstOrDefault(ServerFields.Contains) is { } field)
                {
                    failures.Add(new CheckFailure("config", $"must not set '{field}' (kind and name are separate inputs; indexes are Consul's)"));
                }
            }
            catch (JsonException e)
            {
                failures.Add(new CheckFailure("config", $"JSON syntax error at {e.LineNumber + 1}:{e.BytePositionInLine + 1}: {e.Message}"));
            }
        }
        return failures;
    }

    public override PropertyMap Normalize(PropertyMap inputs)
    {
        if (Props.Text(inputs, "config") is not { } text)
        {
            return inputs.ContainsKey("config") ? inputs : inputs.SetItem("config", PropertyValue.Create("{}"));
        }
        try
        {
            return JsonNode.Parse(text) is JsonObject config ? inputs.SetItem("config", PropertyValue.Create(config.ToJsonString())) : inputs;
        }
        catch (JsonException)
        {
            return inputs;
        }
    }

    public override async Task<CreateResponse> CreateAsync(ConsulClient consul, CreateRequest request, CancellationToken cancellationToken)
    {
        var id = Id(request.Inputs);
        if (!await WriteAsync(consul, request.Inputs, 0, cancellationToken).ConfigureAwait(false))
        {
            throw new ProviderException($"Consul config entry '{id}' already exists; Infra does not overwrite entries it did not create: import it (ID '{id}') or choose another name.");
        }
        return new CreateResponse(id, await LiveOrThrowAsync(consul, id, request.Inputs, cancellationToken).ConfigureAwait(false));
    }

    public override async Task<ReadResponse> ReadAsync(ConsulClient consul, ReadRequest request, CancellationToken cancellationToken)
    {
        var id = request.Id ?? (Props.Text(request.Inputs, "kind") is null ? null : Id(request.Inputs));
        if (id is null || await LiveAsync(consul, id, request.Inputs, cancellationToken).ConfigureAwait(false) is not { } live)
        {
            return ReadResponse.NotFound;
        }
        return new ReadResponse(id, Props.LiveInputs(request.Inputs, live, InputKeys), live);
    }

    public override async Task<UpdateResponse> UpdateAsync(ConsulClient consul, UpdateRequest request, CancellationToken cancellationToken)
    {
        var index = Props.Whole(request.OldOutputs, "modifyIndex") ?? 0;
        if (!await WriteAsync(consul, request.NewInputs, index, cancellationToken).ConfigureAwait(false))
        {
            throw new ProviderException($"Consul config entry '{request.Id}' was changed by someone else since index {index} that Infra recorded; run `infra refresh` to see the change, then `infra up` again.");
        }
        return new UpdateResponse(await LiveOrThrowAsync(consul, request.Id, request.NewInputs, cancellationToken).ConfigureAwait(false));
    }

    public override Task DeleteAsync(ConsulClient consul, DeleteRequest request, CancellationToken cancellationToken) =>
        consul.DeleteAsync("config/" + request.Id, cancellationToken);

    private static string Id(PropertyMap inputs) => $"{Props.Text(inputs, "kind")}/{Props.Text(inputs, "name")}";

    private static async Task<bool> WriteAsync(ConsulClient consul, PropertyMap inputs, long cas, CancellationToken cancellationToken)
    {
        var body = JsonNode.Parse(Props.Text(inputs, "config") ?? "{}") as JsonObject ?? [];
        body["Kind"] = Props.Text(inputs, "kind");
        body["Name"] = Props.Text(inputs, "name");
        var answer = await consul.PutJsonAsync("config?cas=" + cas.ToString(CultureInfo.InvariantCulture), body, cancellationToken).ConfigureAwait(false);
        return answer is JsonValue ok && ok.TryGetValue<bool>(out var written) && written;
    }

    private static async Task<PropertyMap> LiveOrThrowAsync(ConsulClient consul, string id, PropertyMap inputs, CancellationToken cancellationToken) =>
        await LiveAsync(consul, id, inputs, cancellationToken).ConfigureAwait(false)
            ?? throw new ProviderException($"Consul config entry '{id}' disappeared right after it was written.");

    private static async Task<PropertyMap?> LiveAsync(ConsulClient consul, string id, PropertyMap inputs, CancellationToken cancellationToken)
    {
        if (await consul.ReadAsync("config/" + id, cancellationToken).ConfigureAwait(false) is not JsonObject entry)
        {
            return null;
        }
        var wanted = Props.Text(inputs, "config") is { } text ? JsonNode.Parse(text) as JsonObject : null;
        var fields = wanted?.Select(e => e.Key).ToList() ?? entry.Select(e => e.Key).Where(k => !ServerFields.Contains(k)).ToList();
        var config = new JsonObject(fields.Where(entry.ContainsKey).Select(k => KeyValuePair.Create(k, entry[k]?.DeepClone())));
        return PropertyMap.Create(
            ("kind", PropertyValue.Create(Props.JsonText(entry["Kind"]))),
            ("name", PropertyValue.Create(Props.JsonText(entry["Name"]))),
            ("config", PropertyValue.Create(config.ToJsonString())),
            ("modifyIndex", PropertyValue.Create(Props.JsonWhole(entry["ModifyIndex"]))));
    }
}
