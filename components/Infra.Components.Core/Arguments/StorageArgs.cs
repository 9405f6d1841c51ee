namespace Infra.Components;

/// <summary>Persistent volume settings of a cluster's members.</summary>
public sealed record StorageArgs
{
    /// <summary>The StorageClass of each member's volume; null uses the cluster's default class.</summary>
    public string? StorageClass { get; init; }

    /// <summary>The size of each member's volume as a Kubernetes quantity in Mi, Gi or Ti (default <c>10Gi</c>).</summary>
    public string Size { get; init; } = "10Gi";
}
