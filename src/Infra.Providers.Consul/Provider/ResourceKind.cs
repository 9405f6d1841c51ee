using Infra.Consul.Client;
using Infra.Properties;
using Infra.Providers;

namespace Infra.Consul.Provider;

/// <summary>
/// One Consul resource type. Diff compares each input the program sets with the recorded live outputs (so drift found
/// by a refresh is undone by the next up) and asks for a replacement when an immutable input changes.
/// </summary>
internal abstract class ResourceKind
{
    public abstract IReadOnlyList<string> InputKeys { get; }

    public abstract IReadOnlyList<string> ImmutableKeys { get; }

    public virtual IReadOnlyList<string> ComputedKeys => [];

    public abstract IReadOnlyList<CheckFailure> Check(PropertyMap inputs);

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
        return new DiffResponse(changed, replace, DeleteBeforeReplace: replace.Count > 0);
    }

    public PropertyMap Preview(PreviewRequest request) =>
        ComputedKeys.Aggregate(request.Inputs, (outputs, key) => outputs.SetItem(key, request.OldOutputs?.Get(key) ?? PropertyValue.Unknown));

    public abstract Task<CreateResponse> CreateAsync(ConsulClient consul, CreateRequest request, CancellationToken cancellationToken);

    public abstract Task<ReadResponse> ReadAsync(ConsulClient consul, ReadRequest request, CancellationToken cancellationToken);

    public abstract Task<UpdateResponse> UpdateAsync(ConsulClient consul, UpdateRequest request, CancellationToken cancellationToken);

    public abstract Task DeleteAsync(ConsulClient consul, DeleteRequest request, CancellationToken cancellationToken);

    protected static void Require(PropertyMap inputs, string key, List<CheckFailure> failures)
    {
        if (!Props.IsUnknown(inputs, key) && string.IsNullOrEmpty(Props.Text(inputs, key)))
        {
            failures.Add(new CheckFailure(key, "is required and must be a non-empty string"));
        }
    }
}
