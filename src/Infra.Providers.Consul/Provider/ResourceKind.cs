using Infra.Consul.Client;
using Infra.Providers.Http.Resources;
using Infra.Properties;
using Infra.Providers;

namespace Infra.Consul.Provider;

/// <summary>One Consul resource type, with the input checks Consul resources share.</summary>
internal abstract class ResourceKind : ApiResourceKind<ConsulClient>
{
    protected static void Require(PropertyMap inputs, string key, List<CheckFailure> failures)
    {
        if (!Props.IsUnknown(inputs, key) && string.IsNullOrEmpty(Props.Text(inputs, key)))
        {
            failures.Add(new CheckFailure(key, "is required and must be a non-empty string"));
        }
    }
}
