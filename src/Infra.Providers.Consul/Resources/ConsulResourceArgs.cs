namespace Infra.Consul;

/// <summary>What every Consul resource's arguments share: an optional explicit connection.</summary>
public abstract class ConsulResourceArgs : ResourceArgs
{
    /// <summary>The Consul to manage the resource in; the stack config's when unset.</summary>
    public ConsulConnection? Connection { get; init; }
}
