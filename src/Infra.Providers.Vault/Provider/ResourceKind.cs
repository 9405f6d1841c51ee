using Infra.Properties;
using Infra.Providers;
using Infra.Vault.Client;

namespace Infra.Vault.Provider;

/// <summary>
/// One Vault resource type. Diff compares each input the program sets with the recorded live outputs (so drift found
/// by a refresh is undone by the next up) and asks for a replacement when an immutable input changes.
/// </summary>
internal abstract class ResourceKind
{
    /// <summary>Inputs that also appear in the outputs with their live value.</summary>
    public abstract IReadOnlyList<string> InputKeys { get; }

    /// <summary>Inputs whose change needs a new resource.</summary>
    public abstract IReadOnlyList<string> ImmutableKeys { get; }

    /// <summary>Outputs Vault computes (unknown during a preview of a create).</summary>
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
        foreach (var key in request.OldInputs.Keys.Where(k => InputKeys.Contains(k) && !request.NewInputs.ContainsKey(k)))
        {
            changed.Add(key);
        }
        var replace = changed.Where(ImmutableKeys.Contains).ToList();
        return new DiffResponse(changed, replace, DeleteBeforeReplace: replace.Count > 0 && NamedByInputs);
    }

    public PropertyMap Preview(PreviewRequest request)
    {
        var outputs = request.Inputs;
        foreach (var key in ComputedKeys)
        {
            outputs = outputs.SetItem(key, request.OldOutputs?.Get(key) ?? PropertyValue.Unknown);
        }
        return outputs;
    }

    public abstract Task<CreateResponse> CreateAsync(VaultClient vault, CreateRequest request, CancellationToken cancellationToken);

    public abstract Task<ReadResponse> ReadAsync(VaultClient vault, ReadRequest request, CancellationToken cancellationToken);

    public abstract Task<UpdateResponse> UpdateAsync(VaultClient vault, UpdateRequest request, CancellationToken cancellationToken);

    public abstract Task DeleteAsync(VaultClient vault, DeleteRequest request, CancellationToken cancellationToken);

    protected static void Require(PropertyMap inputs, string key, List<CheckFailure> failures)
    {
        if (!Props.IsUnknown(inputs, key) && string.IsNullOrEmpty(Props.Text(inputs, key)))
        {
            failures.Add(new CheckFailure(key, "is required and must be a non-empty string"));
        }
    }

    protected static void OneOf(PropertyMap inputs, string key, IReadOnlyCollection<string> allowed, List<CheckFailure> failures)
    {
        if (Props.Text(inputs, key) is { } value && !allowed.Contains(value))
        {
            failures.Add(new CheckFailure(key, $"must be one of {string.Join(", ", allowed)}, got '{value}'"));
        }
    }

    protected static void NotNegative(PropertyMap inputs, IEnumerable<string> keys, List<CheckFailure> failures)
    {
        foreach (var key in keys)
        {
            if (Props.Whole(inputs, key) is < 0)
            {
                failures.Add(new CheckFailure(key, "must be zero or more"));
            }
        }
    }

    /// <summary>Vault paths are given without leading or trailing slashes.</summary>
    protected static void PathLike(PropertyMap inputs, string key, List<CheckFailure> failures)
    {
        if (Props.Text(inputs, key) is { } path && (path.StartsWith('/') || path.EndsWith('/') || path.Contains("//", StringComparison.Ordinal)))
        {
            failures.Add(new CheckFailure(key, $"must be a path without leading, trailing or double slashes, got '{path}'"));
        }
    }
}
