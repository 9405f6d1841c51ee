namespace Infra.Consul;

/// <summary>Arguments of <see cref="CatalogService"/>.</summary>
public sealed class CatalogServiceArgs : ConsulResourceArgs
{
    /// <summary>The external node's name; changing it replaces the registration.</summary>
    public required Input<string> Node { get; init; }

    /// <summary>The external node's address.</summary>
    public required Input<string> NodeAddress { get; init; }

    /// <summary>The service name.</summary>
    public required Input<string> Service { get; init; }

    /// <summary>The service ID on the node (default: the service name); changing it replaces the registration.</summary>
    public Input<string>? ServiceId { get; init; }

    /// <summary>The service's address (default: the node's).</summary>
    public Input<string>? Address { get; init; }

    /// <summary>The service's port.</summary>
    public Input<int>? Port { get; init; }

    /// <summary>Service tags.</summary>
    public InputList<string>? Tags { get; init; }

    /// <summary>Service metadata.</summary>
    public InputMap<string>? Meta { get; init; }
}
