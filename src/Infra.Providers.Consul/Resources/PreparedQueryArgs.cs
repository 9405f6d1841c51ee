namespace Infra.Consul;

/// <summary>Arguments of <see cref="PreparedQuery"/>.</summary>
public sealed class PreparedQueryArgs : ConsulResourceArgs
{
    /// <summary>The query name (unique; the DNS name is <c>{name}.query.consul</c>).</summary>
    public required Input<string> Name { get; init; }

    /// <summary>The service to look up.</summary>
    public required Input<string> Service { get; init; }

    /// <summary>Only return instances whose checks all pass (else warnings are included).</summary>
    public Input<bool>? OnlyPassing { get; init; }

    /// <summary>Tags instances must have (<c>!tag</c> excludes a tag).</summary>
    public InputList<string>? Tags { get; init; }

    /// <summary>Fail over to this many nearest datacenters when no instance is healthy.</summary>
    public Input<int>? NearestN { get; init; }

    /// <summary>Datacenters to fail over to, in order, after the nearest ones.</summary>
    public InputList<string>? FailoverDatacenters { get; init; }

    /// <summary>The TTL of DNS answers in seconds.</summary>
    public Input<int>? DnsTtlSeconds { get; init; }
}
