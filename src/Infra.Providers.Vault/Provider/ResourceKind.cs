using Infra.Properties;
using Infra.Providers;
using Infra.Providers.Http.Resources;
using Infra.Vault.Client;

namespace Infra.Vault.Provider;

/// <summary>One Vault resource type, with the input checks Vault resources share.</summary>
internal abstract class ResourceKind : ApiResourceKind<VaultClient>
{
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
