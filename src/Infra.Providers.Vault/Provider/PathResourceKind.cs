using System.Text.Json.Nodes;
using Infra.Properties;
using Infra.Providers;
using Infra.Vault.Client;

namespace Infra.Vault.Provider;

/// <summary>
/// A resource that is one Vault path written with POST, read with GET and removed with DELETE (roles, connection
/// configs). ID = the path, so import takes it as it is. Create refuses to overwrite a path that already exists.
/// </summary>
internal abstract class PathResourceKind : ResourceKind
{
    /// <summary>What the resource is called in messages, e.g. "PKI role".</summary>
    protected abstract string Noun { get; }

    /// <summary>The API path for checked inputs.</summary>
    protected abstract string PathOf(PropertyMap inputs);

    /// <summary>The write body for checked inputs.</summary>
    protected abstract JsonObject Body(PropertyMap inputs);

    /// <summary>The live values of the path's <c>data</c>, keyed like the inputs.</summary>
    protected abstract PropertyMap Live(string path, JsonObject data);

    /// <summary>Outputs from the live values and the inputs (e.g. to keep a write-only secret).</summary>
    protected virtual PropertyMap Outputs(PropertyMap live, PropertyMap inputs) => live;

    public override async Task<CreateResponse> CreateAsync(VaultClient vault, CreateRequest request, CancellationToken cancellationToken)
    {
        var path = PathOf(request.Inputs);
        if (await vault.ReadAsync(path, cancellationToken).ConfigureAwait(false) is not null)
        {
            throw new ProviderException($"{Noun} '{path}' already exists; import it (ID '{path}') or choose another name.");
        }
        await vault.WriteAsync(path, Body(request.Inputs), cancellationToken).ConfigureAwait(false);
        return new CreateResponse(path, await LiveOutputsAsync(vault, path, request.Inputs, cancellationToken).ConfigureAwait(false));
    }

    public override async Task<ReadResponse> ReadAsync(VaultClient vault, ReadRequest request, CancellationToken cancellationToken)
    {
        var path = request.Id ?? (Props.Text(request.Inputs, "name") is null ? null : PathOf(request.Inputs));
        if (path is null || (await vault.ReadAsync(path, cancellationToken).ConfigureAwait(false))?["data"] is not JsonObject data)
        {
            return ReadResponse.NotFound;
        }
        var live = Live(path, data);
        var inputs = Props.LiveInputs(request.Inputs, live, InputKeys);
        return new ReadResponse(path, inputs, Outputs(live, inputs));
    }

    public override async Task<UpdateResponse> UpdateAsync(VaultClient vault, UpdateRequest request, CancellationToken cancellationToken)
    {
        await vault.WriteAsync(request.Id, Body(request.NewInputs), cancellationToken).ConfigureAwait(false);
        return new UpdateResponse(await LiveOutputsAsync(vault, request.Id, request.NewInputs, cancellationToken).ConfigureAwait(false));
    }

    public override Task DeleteAsync(VaultClient vault, DeleteRequest request, CancellationToken cancellationToken) =>
        vault.DeleteAsync(request.Id, cancellationToken);

    /// <summary>Splits <c>{mount}/{segment}/{name}</c> into mount and name.</summary>
    protected static (string Mount, string Name) Split(string path, string segment)
    {
        var at = path.LastIndexOf("/" + segment + "/", StringComparison.Ordinal);
        return at < 0 ? (path, "") : (path[..at], path[(at + segment.Length + 2)..]);
    }

    protected static JsonArray JsonList(IEnumerable<string> items) => new(items.Select(i => (JsonNode?)i).ToArray());

    private async Task<PropertyMap> LiveOutputsAsync(VaultClient vault, string path, PropertyMap inputs, CancellationToken cancellationToken)
    {
        if ((await vault.ReadAsync(path, cancellationToken).ConfigureAwait(false))?["data"] is not JsonObject data)
        {
            throw new ProviderException($"Vault accepted {Noun} '{path}' but does not return it on read.");
        }
        return Outputs(Live(path, data), inputs);
    }
}
