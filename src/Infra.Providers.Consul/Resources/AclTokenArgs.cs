namespace Infra.Consul;

/// <summary>Arguments of <see cref="AclToken"/>.</summary>
public sealed class AclTokenArgs : ConsulResourceArgs
{
    /// <summary>A human-readable description.</summary>
    public Input<string>? Description { get; init; }

    /// <summary>Names of the policies linked to the token.</summary>
    public InputList<string>? Policies { get; init; }

    /// <summary>Names of the roles linked to the token.</summary>
    public InputList<string>? Roles { get; init; }

    /// <summary>Whether the token is local to its datacenter; changing it replaces the token.</summary>
    public Input<bool>? Local { get; init; }
}
