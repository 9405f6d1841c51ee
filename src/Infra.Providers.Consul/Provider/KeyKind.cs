using System.Globalization;
using System.Text;
using Infra.Consul.Client;
using Infra.Properties;
using Infra.Providers;

namespace Infra.Consul.Provider;

/// <summary>
/// <see cref="Key"/>: one KV entry. ID = the key. Writes use check-and-set: <c>cas=0</c> on create (never overwrite a
/// key Infra did not create) and the recorded <c>ModifyIndex</c> on update (never overwrite a change made since the
/// last refresh). A secret value stays secret in state.
/// </summary>
internal sealed class KeyKind : ResourceKind
{
    public override IReadOnlyList<string> InputKeys { get; } = ["key", "value", "flags"];

    public override IReadOnlyList<string> ImmutableKeys { get; } = ["key"];

    public override IReadOnlyList<string> ComputedKeys { get; } = ["modifyIndex"];

    public override IReadOnlyList<CheckFailure> Check(PropertyMap inputs)
    {
        var failures = new List<CheckFailure>();
        Require(inputs, "key", failures);
        if (Props.Text(inputs, "key") is { } key && key.StartsWith('/'))
        {
            failures.Add(new CheckFailure("key", $"must not start with '/', got '{key}'"));
        }
        if (!Props.IsUnknown(inputs, "value") && Props.Text(inputs, "value") is null)
        {
            failures.Add(new CheckFailure("value", "is required and must be a string"));
        }
        if (Props.Whole(inputs, "flags") is < 0 or > uint.MaxValue)
        {
            failures.Add(new CheckFailure("flags", "must be an unsigned 64-bit number from 0"));
        }
        return failures;
    }

    public override async Task<CreateResponse> CreateAsync(ConsulClient consul, CreateRequest request, CancellationToken cancellationToken)
    {
        var key = Props.Text(request.Inputs, "key")!;
        if (!await PutAsync(consul, key, request.Inputs, 0, cancellationToken).ConfigureAwait(false))
        {
            throw new ProviderException($"Consul key '{key}' already exists; Infra does not overwrite keys it did not create: import it or choose another key.");
        }
        return new CreateResponse(key, await LiveOrThrowAsync(consul, key, request.Inputs, cancellationToken).ConfigureAwait(false));
    }

    public override async Task<ReadResponse> ReadAsync(ConsulClient consul, ReadRequest request, CancellationToken cancellationToken)
    {
        var key = request.Id ?? Props.Text(request.Inputs, "key");
        if (key is null || await LiveAsync(consul, key, request.Inputs, cancellationToken).ConfigureAwait(false) is not { } live)
        {
            return ReadResponse.NotFound;
        }
        return new ReadResponse(key, Props.LiveInputs(request.Inputs, live, InputKeys), live);
    }

    public override async Task<UpdateResponse> UpdateAsync(ConsulClient consul, UpdateRequest request, CancellationToken cancellationToken)
    {
        var index = Props.Whole(request.OldOutputs, "modifyIndex") ?? 0;
        if (!await PutAsync(consul, request.Id, request.NewInputs, index, cancellationToken).ConfigureAwait(false))
        {
            throw new ProviderException($"Consul key '{request.Id}' was changed by someone else since index {index} that Infra recorded; run `infra refresh` to see the change, then `infra up` again.");
        }
        return new UpdateResponse(await LiveOrThrowAsync(consul, request.Id, request.NewInputs, cancellationToken).ConfigureAwait(false));
    }

    public override Task DeleteAsync(ConsulClient consul, DeleteRequest request, CancellationToken cancellationToken) =>
        consul.DeleteAsync("kv/" + request.Id, cancellationToken);

    private static Task<bool> PutAsync(ConsulClient consul, string key, PropertyMap inputs, long cas, CancellationToken cancellationToken) =>
        consul.PutRawAsync(
            $"kv/{key}?cas={cas.ToString(CultureInfo.InvariantCulture)}&flags={(Props.Whole(inputs, "flags") ?? 0).ToString(CultureInfo.InvariantCulture)}",
            Props.Text(inputs, "value")!,
            cancellationToken);

    private static async Task<PropertyMap> LiveOrThrowAsync(ConsulClient consul, string key, PropertyMap inputs, CancellationToken cancellationToken) =>
        await LiveAsync(consul, key, inputs, cancellationToken).ConfigureAwait(false)
            ?? throw new ProviderException($"Consul key '{key}' disappeared right after it was written.");

    private static async Task<PropertyMap?> LiveAsync(ConsulClient consul, string key, PropertyMap inputs, CancellationToken cancellationToken)
    {
        if ((await consul.ReadAsync("kv/" + key, cancellationToken).ConfigureAwait(false))?[0] is not { } entry)
        {
            return null;
        }
        var encoded = Props.JsonText(entry["Value"]);
        var value = PropertyValue.Create(encoded.Length == 0 ? "" : Encoding.UTF8.GetString(Convert.FromBase64String(encoded)));
        return PropertyMap.Create(
            ("key", PropertyValue.Create(key)),
            ("value", inputs.Get("value")?.Kind == PropertyValueKind.Secret ? PropertyValue.MakeSecret(value) : value),
            ("flags", PropertyValue.Create(Props.JsonWhole(entry["Flags"]))),
            ("modifyIndex", PropertyValue.Create(Props.JsonWhole(entry["ModifyIndex"]))));
    }
}
