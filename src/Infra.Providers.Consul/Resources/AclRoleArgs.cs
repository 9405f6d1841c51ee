namespace Infra.Consul;

/// <summary>Arguments of <see cref="AclRole"/>.</summary>
public sealed class AclRoleArgs : ConsulResourceArgs
{
    /// <summary>The role name (renaming updates in place).</summary>
    public required Input<string> Name { get; init; }

    /// <summary>A human-readable description.</summary>
    public Input<string>? Description { get; init; }

    /// <summary>Names of the policies linked to the role.</summary>
    public InputList<string>? Policies { get; init; }
}
