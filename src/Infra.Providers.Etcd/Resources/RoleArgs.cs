namespace Infra.Etcd;

/// <summary>Arguments of <see cref="Role"/>.</summary>
public sealed class RoleArgs : ResourceArgs
{
    /// <summary>The role name; changing it replaces the role.</summary>
    public required Input<string> Name { get; init; }

    /// <summary>The permissions; changes are applied in place (revoking what is no longer listed).</summary>
    public InputList<RolePermissionArgs>? Permissions { get; init; }
}
