namespace Infra.Etcd;

/// <summary>Arguments of <see cref="User"/>.</summary>
public sealed class UserArgs : ResourceArgs
{
    /// <summary>The user name; changing it replaces the user.</summary>
    public required Input<string> Name { get; init; }

    /// <summary>The password: always treated as a secret (encrypted in state, never in outputs). Changing it changes the password in place.</summary>
    public required Input<string> Password { get; init; }

    /// <summary>The roles granted to the user.</summary>
    public InputList<string>? Roles { get; init; }
}
