namespace Infra.Consul;

/// <summary>Arguments of <see cref="AclPolicy"/>.</summary>
public sealed class AclPolicyArgs : ConsulResourceArgs
{
    /// <summary>The policy name (renaming updates in place).</summary>
    public required Input<string> Name { get; init; }

    /// <summary>The rules, e.g. <c>key_prefix "app/" { policy = "read" }</c>.</summary>
    public required Input<string> Rules { get; init; }

    /// <summary>A human-readable description.</summary>
    public Input<string>? Description { get; init; }

    /// <summary>Datacenters the policy is valid in (empty = all).</summary>
    public InputList<string>? Datacenters { get; init; }
}
