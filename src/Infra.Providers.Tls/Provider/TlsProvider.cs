using Infra.Properties;

namespace Infra.Providers.Tls;

/// <summary>
/// The <c>tls</c> provider. Everything is computed locally: create generates, delete forgets. Any input change
/// replaces the resource, except <c>earlyRenewalHours</c>, which only changes <c>readyForRenewal</c>; a
/// certificate inside its early-renewal window is replaced by the next update.
/// </summary>
internal sealed class TlsProvider(TimeProvider time) : ProviderBase
{
    private const string RenewalPath = "readyForRenewal";

    private readonly IReadOnlyDictionary<string, TlsResourceHandler> _handlers =
        new TlsResourceHandler[] { new PrivateKeyHandler(), new SelfSignedCertHandler(), new CertRequestHandler(), new LocallySignedCertHandler() }
            .ToDictionary(h => h.Type, StringComparer.Ordinal);

    public override Task<CheckResponse> CheckAsync(CheckRequest request, CancellationToken cancellationToken)
    {
        if (!_handlers.TryGetValue(request.Type, out var handler))
        {
            return Task.FromResult(new CheckResponse(request.NewInputs, [new CheckFailure("type", UnknownType(request.Type))]));
        }
        return Task.FromResult(handler.Check(request.NewInputs));
    }

    public override Task<DiffResponse> DiffAsync(DiffRequest request, CancellationToken cancellationToken)
    {
        var handler = HandlerFor(request.Type);
        var changed = PropertyDiff.Compute(request.OldInputs.RevealSecrets(), request.NewInputs.RevealSecrets()).ToList();
        var replace = changed.Where(path => !handler.InPlaceInputs.Contains(PropertyDiff.TopLevelKey(path))).ToList();
        var inputs = request.NewInputs.ContainsUnknowns ? request.OldInputs : request.NewInputs;
        if (handler.DueForReplacement(inputs, request.OldOutputs.RevealSecrets(), time.GetUtcNow()))
        {
            changed.Add(RenewalPath);
            replace.Add(RenewalPath);
        }
        return Task.FromResult(new DiffResponse(changed, replace));
    }

    public override Task<PreviewResponse> PreviewAsync(PreviewRequest request, CancellationToken cancellationToken)
    {
        var handler = HandlerFor(request.Type);
        var outputs = handler.GeneratedOutputs.Aggregate(request.Inputs, (map, key) =>
            map.SetItem(key, handler.SecretOutputs.Contains(key) ? PropertyValue.MakeSecret(PropertyValue.Unknown) : PropertyValue.Unknown));
        if (request.OldOutputs is { } old)
        {
            // An in-place update keeps what was generated; only readiness depends on the new inputs.
            outputs = handler.GeneratedOutputs.Where(old.ContainsKey).Aggregate(outputs, (map, key) => map.SetItem(key, old[key]));
            outputs = handler.Refresh(request.Inputs, outputs, time.GetUtcNow());
        }
        return Task.FromResult(new PreviewResponse(outputs));
    }

    public override Task<CreateResponse> CreateAsync(CreateRequest request, CancellationToken cancellationToken)
    {
        var generated = HandlerFor(request.Type).Create(request.Inputs, time.GetUtcNow());
        var outputs = generated.Outputs.Aggregate(request.Inputs, (map, pair) => map.SetItem(pair.Key, pair.Value));
        return Task.FromResult(new CreateResponse(generated.Id, outputs));
    }

    public override Task<ReadResponse> ReadAsync(ReadRequest request, CancellationToken cancellationToken)
    {
        if (request.Id is null || request.Outputs is null)
        {
            return base.ReadAsync(request, cancellationToken);
        }
        var outputs = HandlerFor(request.Type).Refresh(request.Inputs, request.Outputs, time.GetUtcNow());
        return Task.FromResult(new ReadResponse(request.Id, request.Inputs, outputs));
    }

    public override Task<UpdateResponse> UpdateAsync(UpdateRequest request, CancellationToken cancellationToken)
    {
        var handler = HandlerFor(request.Type);
        var outputs = handler.GeneratedOutputs
            .Where(request.OldOutputs.ContainsKey)
            .Aggregate(request.NewInputs, (map, key) => map.SetItem(key, request.OldOutputs[key]));
        return Task.FromResult(new UpdateResponse(handler.Refresh(request.NewInputs, outputs, time.GetUtcNow())));
    }

    public override Task DeleteAsync(DeleteRequest request, CancellationToken cancellationToken) => Task.CompletedTask;

    private TlsResourceHandler HandlerFor(string type) =>
        _handlers.TryGetValue(type, out var handler) ? handler : throw new ProviderException(UnknownType(type));

    private string UnknownType(string type) =>
        $"unknown tls resource type '{type}'; expected one of {string.Join(", ", _handlers.Keys)}";
}
