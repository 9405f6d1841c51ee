namespace Infra.Vault;

/// <summary>
/// A named key in a transit engine (<c>{mount}/keys/{name}</c>). Type and exportability are fixed (a change replaces the key); deletion, minimum versions, auto-rotation and manual rotation (<c>RotateToVersion</c>) update in place. Deleting sets <c>deletion_allowed</c> first. ID = that path.
/// </summary>
public sealed class TransitKey : CustomResource
{
    /// <summary>The resource type token.</summary>
    public const string TypeToken = "vault:index/transitKey:TransitKey";

    /// <summary>Creates the resource.</summary>
    public TransitKey(string name, TransitKeyArgs args, ResourceOptions? options = null)
        : base(TypeToken, name, args, options)
    {
        KeyName = GetOutput<string>("name");
        KeyType = GetOutput<string>("type");
        LatestVersion = GetOutput<int>("latestVersion");
    }

    /// <summary>The key name.</summary>
    public Output<string> KeyName { get; }

    /// <summary>The key type.</summary>
    public Output<string> KeyType { get; }

    /// <summary>The latest key version.</summary>
    public Output<int> LatestVersion { get; }
}
