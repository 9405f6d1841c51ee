namespace Infra.Etcd;

/// <summary>
/// An etcd user with a password and roles. etcd cannot reveal passwords, so only role changes made outside Infra
/// show up as drift.
/// </summary>
public sealed class User : CustomResource
{
    /// <summary>The resource type token.</summary>
    public const string TypeToken = "etcd:index/user:User";

    /// <summary>Creates the resource.</summary>
    public User(string name, UserArgs args, ResourceOptions? options = null)
        : base(TypeToken, name, args, options)
    {
        UserName = GetOutput<string>("name");
        Roles = GetOutput<System.Collections.Immutable.ImmutableArray<string>>("roles");
    }

    /// <summary>The user name.</summary>
    public Output<string> UserName { get; }

    /// <summary>The roles granted, sorted.</summary>
    public Output<System.Collections.Immutable.ImmutableArray<string>> Roles { get; }
}
