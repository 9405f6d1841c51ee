namespace Infra.Consul;

/// <summary>
/// All keys under a prefix, owned as a whole: keys added, changed or removed by hand show as drift and the next up restores exactly the wanted set. Deleting removes everything under the prefix. ID = the prefix; import with it.
/// </summary>
public sealed class KeyPrefix : CustomResource
{
    /// <summary>The resource type token.</summary>
    public const string TypeToken = "consul:index/keyPrefix:KeyPrefix";

    /// <summary>Creates the resource.</summary>
    public KeyPrefix(string name, KeyPrefixArgs args, ResourceOptions? options = null)
        : base(TypeToken, name, args, options)
    {
        PathPrefix = GetOutput<string>("pathPrefix");
    }

    /// <summary>The prefix.</summary>
    public Output<string> PathPrefix { get; }
}
