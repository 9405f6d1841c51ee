using System.Text.Json.Nodes;
using Infra.Properties;
using Infra.Providers;
using Infra.Providers.Kubernetes.Manifests;
using Infra.Providers.Kubernetes.Rendering;

namespace Infra.Bench.Stack;

/// <summary>Render-mode provider: an object's ID is its identity; create and update write its YAML file.</summary>
public sealed class RenderProvider(RenderOptions options, bool isDryRun) : ProviderBase
{
    private readonly Lazy<Task<ManifestRenderer>> renderer = new(() => ManifestRenderer.OpenAsync(options, CancellationToken.None));
    private int changes;

    public override Task<CheckResponse> CheckAsync(CheckRequest request, CancellationToken cancellationToken)
    {
        // Reads the identity fields straight from the property value: converting the whole manifest to JSON here
        // would cost as much as rendering it, on every resource of every run.
        var manifest = request.NewInputs.Get("manifest");
        var metadata = manifest is { Kind: PropertyValueKind.Object } ? manifest.ObjectValue.Get("metadata") : null;
        var failures = new List<CheckFailure>();
        foreach (var (path, value) in new[] { ("manifest.apiVersion", manifest is { Kind: PropertyValueKind.Object } ? manifest.ObjectValue.Get("apiVersion") : null), ("manifest.kind", manifest is { Kind: PropertyValueKind.Object } ? manifest.ObjectValue.Get("kind") : null), ("manifest.metadata.name", metadata is { Kind: PropertyValueKind.Object } ? metadata.ObjectValue.Get("name") : null) })
        {
            if (value is not { Kind: PropertyValueKind.String } || value.StringValue.Length == 0)
            {
                failures.Add(new CheckFailure(path, "is required (a non-empty string)"));
            }
        }
        return Task.FromResult(new CheckResponse(request.NewInputs, failures));
    }

    public override Task<DiffResponse> DiffAsync(DiffRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new DiffResponse(PropertyDiff.Compute(request.OldInputs, request.NewInputs), []));

    public override Task<PreviewResponse> PreviewAsync(PreviewRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new PreviewResponse(request.Inputs));

    public override async Task<CreateResponse> CreateAsync(CreateRequest request, CancellationToken cancellationToken)
    {
        var (identity, _) = await WriteAsync(request.Inputs, cancellationToken).ConfigureAwait(false);
        return new CreateResponse(identity.ToString(), request.Inputs);
    }

    public override async Task<UpdateResponse> UpdateAsync(UpdateRequest request, CancellationToken cancellationToken)
    {
        await WriteAsync(request.NewInputs, cancellationToken).ConfigureAwait(false);
        return new UpdateResponse(request.NewInputs);
    }

    public override async Task DeleteAsync(DeleteRequest request, CancellationToken cancellationToken)
    {
        if (ResourceIdentity.TryFromManifest(ToJson(request.Inputs.Get("manifest")), out var identity, out _))
        {
            var result = await (await renderer.Value.ConfigureAwait(false)).DeleteAsync(identity, cancellationToken).ConfigureAwait(false);
            if (result.Outcome == RenderOutcome.Failed)
            {
                throw new ProviderException($"{identity}: {result.Error}");
            }
            Interlocked.Increment(ref changes);
        }
    }

    public override async Task<ReadResponse> ReadAsync(ReadRequest request, CancellationToken cancellationToken)
    {
        await Task.CompletedTask.ConfigureAwait(false);
        return request.Id is null ? ReadResponse.NotFound : new ReadResponse(request.Id, request.Inputs, request.Outputs ?? request.Inputs);
    }

    public override async Task FinishAsync(CancellationToken cancellationToken)
    {
        if (!isDryRun && Volatile.Read(ref changes) > 0)
        {
            await (await renderer.Value.ConfigureAwait(false)).FinalizeAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<(ResourceIdentity Identity, RenderResult Result)> WriteAsync(PropertyMap inputs, CancellationToken cancellationToken)
    {
        var manifest = ToJson(inputs.Get("manifest"));
        if (!ResourceIdentity.TryFromManifest(manifest, out var identity, out var error))
        {
            throw new ProviderException(error.ToString());
        }
        var result = await (await renderer.Value.ConfigureAwait(false)).WriteAsync(manifest, cancellationToken).ConfigureAwait(false);
        if (result.Outcome == RenderOutcome.Failed)
        {
            throw new ProviderException($"{identity}: {result.Error}");
        }
        Interlocked.Increment(ref changes);
        return (identity, result);
    }

    private static JsonObject ToJson(PropertyValue? value) =>
        value is { Kind: PropertyValueKind.Object } ? PropertyJson.ToJson(value.ObjectValue, SecretRendering.Reveal) : [];
}
