using System.Text;
using System.Text.Json.Nodes;
using Infra.Consul.Client;
using Infra.Properties;
using Infra.Providers;

namespace Infra.Consul.Provider;

/// <summary>
/// <see cref="KeyPrefix"/>: every key under a prefix, owned as a whole. ID = the prefix. Read lists the prefix
/// (<c>?recurse</c>), so keys added, changed or removed by hand show as drift; update writes the wanted keys and deletes
/// the others; delete removes everything under the prefix.
/// </summary>
internal sealed class KeyPrefixKind : ResourceKind
{
    public override IReadOnlyList<string> InputKeys { get; } = ["pathPrefix", "subkeys"];

    public override IReadOnlyList<string> ImmutableKeys { get; } = ["pathPrefix"];

    public override IReadOnlyList<CheckFailure> Check(PropertyMap inputs)
    {
        var failures = new List<CheckFailure>();
        Require(inputs, "pathPrefix", failures);
        if (Props.Text(inputs, "pathPrefix") is { } prefix && (!prefix.EndsWith('/') || prefix.StartsWith('/')))
        {
            failures.Add(new CheckFailure("pathPrefix", $"must end with '/' and not start with one, got '{prefix}'"));
        }
        return failures;
    }

    public override async Task<CreateResponse> CreateAsync(ConsulClient consul, CreateRequest request, CancellationToken cancellationToken)
    {
        var prefix = Props.Text(request.Inputs, "pathPrefix")!;
        if ((await LiveKeysAsync(consul, prefix, cancellationToken).ConfigureAwait(false)).Count > 0)
        {
            throw new ProviderException($"Consul prefix '{prefix}' already holds keys; Infra owns a KeyPrefix as a whole and does not take over keys it did not create: import it (ID '{prefix}') or choose another prefix.");
        }
        foreach (var (key, value) in Wanted(request.Inputs))
        {
            await consul.PutRawAsync($"kv/{prefix}{key}?cas=0", value, cancellationToken).ConfigureAwait(false);
        }
        return new CreateResponse(prefix, await LiveAsync(consul, prefix, cancellationToken).ConfigureAwait(false));
    }

    public override async Task<ReadResponse> ReadAsync(ConsulClient consul, ReadRequest request, CancellationToken cancellationToken)
    {
        var prefix = request.Id ?? Props.Text(request.Inputs, "pathPrefix");
        if (prefix is null)
        {
            return ReadResponse.NotFound;
        }
        var live = await LiveAsync(consul, prefix, cancellationToken).ConfigureAwait(false);
        return live["subkeys"].ObjectValue.Count == 0 && request.Id is null
            ? ReadResponse.NotFound
            : new ReadResponse(prefix, Props.LiveInputs(request.Inputs, live, InputKeys), live);
    }

    public override async Task<UpdateResponse> UpdateAsync(ConsulClient consul, UpdateRequest request, CancellationToken cancellationToken)
    {
        var wanted = Wanted(request.NewInputs);
        var live = await LiveKeysAsync(consul, request.Id, cancellationToken).ConfigureAwait(false);
        foreach (var (key, value) in wanted.Where(w => !live.TryGetValue(w.Key, out var current) || current != w.Value))
        {
            await consul.PutRawAsync($"kv/{request.Id}{key}", value, cancellationToken).ConfigureAwait(false);
        }
        foreach (var key in live.Keys.Where(k => !wanted.ContainsKey(k)))
        {
            await consul.DeleteAsync($"kv/{request.Id}{key}", cancellationToken).ConfigureAwait(false);
        }
        return new UpdateResponse(await LiveAsync(consul, request.Id, cancellationToken).ConfigureAwait(false));
    }

    public override Task DeleteAsync(ConsulClient consul, DeleteRequest request, CancellationToken cancellationToken) =>
        consul.DeleteAsync($"kv/{request.Id}?recurse=true", cancellationToken);

    private static Dictionary<string, string> Wanted(PropertyMap inputs) =>
        inputs.Get("subkeys")?.Unsecret() is { Kind: PropertyValueKind.Object } map
            ? map.ObjectValue.Where(e => e.Value.Unsecret().Kind == PropertyValueKind.String).ToDictionary(e => e.Key, e => e.Value.Unsecret().StringValue, StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);

    private static async Task<Dictionary<string, string>> LiveKeysAsync(ConsulClient consul, string prefix, CancellationToken cancellationToken)
    {
        var entries = await consul.ReadAsync($"kv/{prefix}?recurse=true", cancellationToken).ConfigureAwait(false) as JsonArray ?? [];
        return entries.Where(e => e is not null).ToDictionary(
            e => Props.JsonText(e!["Key"])[prefix.Length..],
            e => Props.JsonText(e!["Value"]) is { Length: > 0 } encoded ? Encoding.UTF8.GetString(Convert.FromBase64String(encoded)) : "",
            StringComparer.Ordinal);
    }

    private static async Task<PropertyMap> LiveAsync(ConsulClient consul, string prefix, CancellationToken cancellationToken)
    {
        var keys = await LiveKeysAsync(consul, prefix, cancellationToken).ConfigureAwait(false);
        var subkeys = PropertyMap.Create(keys.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => KeyValuePair.Create(k.Key, PropertyValue.Create(k.Value))));
        return PropertyMap.Create(("pathPrefix", PropertyValue.Create(prefix)), ("subkeys", PropertyValue.Create(subkeys)));
    }
}
