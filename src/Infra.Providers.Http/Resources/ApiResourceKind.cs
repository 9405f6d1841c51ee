using Infra.Properties;

namespace Infra.Providers.Http.Resources;

/// <summary>
/// One resource type of an HTTP API provider. Diff compares each input the program sets with the recorded live outputs
/// (so drift found by a refresh is undone by the next up) and asks for a replacement when an immutable input changes.
/// </summary>
/// <typeparam name="TClient">The provider's API client.</typeparam>
internal abstract class ApiResourceKind<TClient>
{
    /// <summary>Inputs that also appear in the outputs with their live value.</summary>
    public abstract IReadOnlyList<string> InputKeys { get; }

    /// <summary>Inputs whose change needs a new resource.</summary>
    public abstract IReadOnlyList<string> ImmutableKeys { get; }

    /// <summary>Outputs the server computes (unknown during a preview of a create).</summary>
    public virtual IReadOnlyList<string> ComputedKeys => [];

    /// <summary>True when the inputs name the resource, so a replacement must delete the old one first.</summary>
    protected virtual bool NamedByInputs => true;

    public abstract IReadOnlyList<CheckFailure> Check(PropertyMap inputs);

    /// <summary>Normalizes checked inputs (e.g. marks values that are always secret).</summary>
    public virtual PropertyMap Normalize(PropertyMap inputs) => inputs;

    public virtual DiffResponse Diff(DiffRequest request)
    {
        var changed = new List<string>();
        foreach (var key in InputKeys.Where(request.NewInputs.ContainsKey))
        {
            var wanted = request.NewInputs[key].Unsecret();
            var had = (request.OldOutputs.Get(key) ?? request.OldInputs.Get(key))?.Unsecret();
            if (wanted.Kind == PropertyValueKind.Unknown || !Equals(wanted, had))
            {
                changed.Add(key);
            }
        }
        changed.AddRange(request.OldInputs.Keys.Where(k => InputKeys.Contains(k) && !request.NewInputs.ContainsKey(k)));
        var replace = changed.Where(ImmutableKeys.Contains).ToList();
        return new DiffResponse(changed, replace, DeleteBeforeReplace: replace.Count > 0 && NamedByInputs);
    }

    public PropertyMap Preview(PreviewRequest request) =>
        ComputedKeys.Aggregate(request.Inputs, (outputs, key) => outputs.SetItem(key, request.OldOutputs?.Get(key) ?? PropertyValue.Unknown));

    public abstract Task<CreateResponse> CreateAsync(TClient client, CreateRequest request, CancellationToken cancellationToken);

    public abstract Task<ReadResponse> ReadAsync(TClient client, ReadRequest request, CancellationToken cancellationToken);

    public abstract Task<UpdateResponse> UpdateAsync(TClient client, UpdateRequest request, CancellationToken cancellationToken);

    public abstract Task DeleteAsync(TClient client, DeleteRequest request, CancellationToken cancellationToken);
}
