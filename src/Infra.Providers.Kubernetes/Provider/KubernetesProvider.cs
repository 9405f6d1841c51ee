using System.Text.Json.Nodes;
using Infra.Properties;
using Infra.Providers.Kubernetes.Configuration;
using Infra.Providers.Kubernetes.Diff;
using Infra.Providers.Kubernetes.Manifests;
using Infra.Providers.Kubernetes.Rendering;

namespace Infra.Providers.Kubernetes.Provider;

/// <summary>
/// The <c>kubernetes</c> provider: every resource holds one normalized manifest (input and output <c>manifest</c>);
/// diffs are semantic (quantities, defaults), immutable-field changes replace the object, and the object store
/// (rendered files or a live cluster) does the writing.
/// </summary>
internal sealed class KubernetesProvider : ProviderBase
{
    private readonly ProviderSettings settings;
    private readonly IObjectStore store;
    private readonly IProgress<string> log;

    /// <summary>In render mode with the namespace layout every change waits in memory for FinishAsync.</summary>
    public override bool DefersEffects => store is BundleObjectStore;

    public KubernetesProvider(ProviderSettings settings, IProgress<string> log)
    {
        this.settings = settings;
        this.log = log;
        store = settings.Config.Mode != KubernetesMode.Render ? new LiveObjectStore(settings.Config, log)
            : settings.Config.Render.Layout == RenderLayout.Namespace ? new BundleObjectStore(settings.Config.Render)
            : new RenderObjectStore(settings.Config.Render);
    }

    public override Task<CheckResponse> CheckAsync(CheckRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(new CheckResponse(request.NewInputs, ManifestChecks.Check(request.NewInputs, settings)));

    public override Task<DiffResponse> DiffAsync(DiffRequest request, CancellationToken cancellationToken)
    {
        // Identical trees have no semantic difference either: the common case of an unchanged object skips two
        // conversions to JSON and the tree walk.
        var recordedValue = (settings.Config.Mode == KubernetesMode.Render ? ManifestProperty.Value(request.OldOutputs) : null)
            ?? ManifestProperty.Value(request.OldInputs);
        if (recordedValue is not null && ManifestProperty.Value(request.NewInputs) is { ContainsUnknowns: false } desiredValue
            && recordedValue.RevealSecrets().Equals(desiredValue.RevealSecrets()))
        {
            return Task.FromResult(MovesLayout(desiredValue) ? new DiffResponse([ManifestProperty.Name], []) : new DiffResponse([], []));
        }

        var desired = ManifestProperty.Json(request.NewInputs);
        // Render mode: outputs are the file as last written or read back by a refresh, so hand edits show as changes.
        var recorded = (settings.Config.Mode == KubernetesMode.Render ? ManifestProperty.Json(request.OldOutputs) : null)
            ?? ManifestProperty.Json(request.OldInputs);
        if (desired is null || recorded is null)
        {
            // Unknown during preview: whether it changes is decided at apply time.
            var changed = request.OldInputs.Equals(request.NewInputs) ? [] : new[] { ManifestProperty.Name };
            return Task.FromResult(new DiffResponse(changed, []));
        }

        var diff = SemanticDiff.Compare(recorded, desired);
        if (diff.ChangedPaths.Count == 0 && MovesLayout(ManifestProperty.Value(request.NewInputs)))
        {
            return Task.FromResult(new DiffResponse([ManifestProperty.Name], []));
        }

        var sameObject = ResourceIdentity.TryFromManifest(recorded, out var before, out _)
            && ResourceIdentity.TryFromManifest(desired, out var after, out _)
            && before.Kind == after.Kind && before.Namespace == after.Namespace && before.Name == after.Name;
        return Task.FromResult(new DiffResponse(
            diff.ChangedPaths.Select(Qualify).ToList(),
            diff.ReplacementPaths.Select(Qualify).ToList(),
            DeleteBeforeReplace: diff.RequiresReplacement && sameObject));
    }

    public override async Task<CreateResponse> CreateAsync(CreateRequest request, CancellationToken cancellationToken)
    {
        if (await TryApplyDirectAsync(request.Inputs, cancellationToken).ConfigureAwait(false) is { } direct)
        {
            return new CreateResponse(ManifestProperty.IdOf(direct.Identity), direct.Outputs);
        }

        var (manifest, identity) = Desired(request.Inputs);
        var stored = await store.ApplyAsync(manifest, identity, request.Timeout, cancellationToken).ConfigureAwait(false);
        return new CreateResponse(ManifestProperty.IdOf(identity), ManifestProperty.Outputs(stored, request.Inputs, identity, manifest));
    }

    public override async Task<UpdateResponse> UpdateAsync(UpdateRequest request, CancellationToken cancellationToken)
    {
        if (await TryApplyDirectAsync(request.NewInputs, cancellationToken).ConfigureAwait(false) is { } direct)
        {
            return new UpdateResponse(direct.Outputs);
        }

        var (manifest, identity) = Desired(request.NewInputs);
        var stored = await store.ApplyAsync(manifest, identity, request.Timeout, cancellationToken).ConfigureAwait(false);
        return new UpdateResponse(ManifestProperty.Outputs(stored, request.NewInputs, identity, manifest));
    }

    public override async Task<ReadResponse> ReadAsync(ReadRequest request, CancellationToken cancellationToken)
    {
        // With or without an ID the object is found by the identity its manifest names (IDs do not carry the kind).
        var manifest = ManifestProperty.Json(request.Inputs) ?? (request.Outputs is null ? null : ManifestProperty.Json(request.Outputs));
        if (manifest is null || !ResourceIdentity.TryFromManifest(manifest, out var identity, out _))
        {
            return ReadResponse.NotFound;
        }

        var stored = await store.ReadAsync(manifest, identity, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return ReadResponse.NotFound;
        }

        var outputs = ManifestProperty.Outputs(stored, request.Inputs, identity);
        var inputs = settings.Config.Mode == KubernetesMode.Render && !ReferenceEquals(stored, manifest)
            ? outputs // a hand-edited file: the next update writes the program's version back
            : request.Inputs;
        return new ReadResponse(ManifestProperty.IdOf(identity), inputs, outputs);
    }

    public override async Task DeleteAsync(DeleteRequest request, CancellationToken cancellationToken)
    {
        var manifest = ManifestProperty.Json(request.Inputs) ?? ManifestProperty.Json(request.Outputs)
            ?? throw new ProviderException($"the state of {request.Urn} holds no manifest to delete");
        await store.DeleteAsync(ManifestProperty.Identity(manifest), request.Timeout, cancellationToken).ConfigureAwait(false);
    }

    public override Task FinishAsync(CancellationToken cancellationToken) => store.FinishAsync(cancellationToken);

    /// <summary>
    /// Render mode in the <c>namespace</c> layout acknowledges steps before the bundles are written (at
    /// <see cref="FinishAsync"/>), so after a crash it writes the unfinished run's changes durably here. The
    /// <c>object</c> layout writes each file before its step is acknowledged and live mode applies to the API server
    /// first, so for them this is a no-op. Idempotent.
    /// </summary>
    public override async Task RecoverAsync(RecoverRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var objects = new List<RecoveredObject>(request.Resources.Count);
        foreach (var resource in request.Resources)
        {
            if ((ManifestProperty.Json(resource.Inputs) ?? ManifestProperty.Json(resource.Outputs)) is { } manifest
                && ResourceIdentity.TryFromManifest(manifest, out _, out _))
            {
                objects.Add(new RecoveredObject(resource.Urn, manifest, resource.Deleted));
            }
        }

        foreach (var refused in await store.RecoverAsync(objects, cancellationToken).ConfigureAwait(false))
        {
            log.Report($"warning: could not restore the rendered document of {refused}");
        }
    }

    // Render mode writes a plain, non-secret manifest straight from its property form (no JSON tree). The object is
    // stored as given, so the outputs are the inputs' manifest, as ManifestProperty.Outputs gives for that case.
    private async Task<(ResourceIdentity Identity, PropertyMap Outputs)?> TryApplyDirectAsync(PropertyMap inputs, CancellationToken cancellationToken)
    {
        if (inputs.ContainsSecrets || ManifestProperty.Value(inputs) is not { } value || !ResourceIdentity.TryFromProperties(value, out var identity)
            || !await store.TryApplyDirectAsync(value, identity, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        return (identity, PropertyMap.Create((ManifestProperty.Name, value)));
    }

    private static (JsonObject Manifest, ResourceIdentity Identity) Desired(PropertyMap inputs)
    {
        var manifest = ManifestProperty.Json(inputs) ?? throw new ProviderException("the resource has no known manifest");
        return (manifest, ManifestProperty.Identity(manifest));
    }

    // A manifest left as it was, but stored in the render layout the config no longer selects: rewriting it moves it.
    private bool MovesLayout(PropertyValue? manifest) =>
        settings.Config.Mode == KubernetesMode.Render
        && manifest is not null && ResourceIdentity.TryFromProperties(manifest, out var identity)
        && store.StoredInOtherLayout(identity);

    private static string Qualify(string path) => $"{ManifestProperty.Name}.{path}";
}
