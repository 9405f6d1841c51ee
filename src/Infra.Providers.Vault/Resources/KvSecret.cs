namespace Infra.Vault;

/// <summary>
/// A secret in a KV version 2 engine. <c>data</c> is always stored as a secret. Writes use check-and-set, so a secret changed by someone else since the last refresh is not overwritten. ID = <c>{mount}/data/{name}</c>; import with that ID.
/// </summary>
public sealed class KvSecret : CustomResource
{
    /// <summary>The resource type token.</summary>
    public const string TypeToken = "vault:index/kvSecret:KvSecret";

    /// <summary>Creates the resource.</summary>
    public KvSecret(string name, KvSecretArgs args, ResourceOptions? options = null)
        : base(TypeToken, name, args, options)
    {
        Mount = GetOutput<string>("mount");
        SecretName = GetOutput<string>("name");
        Version = GetOutput<int>("version");
    }

    /// <summary>The mount path.</summary>
    public Output<string> Mount { get; }

    /// <summary>The secret's path in the mount.</summary>
    public Output<string> SecretName { get; }

    /// <summary>The current version number.</summary>
    public Output<int> Version { get; }
}
