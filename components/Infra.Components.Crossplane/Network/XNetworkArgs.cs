using Infra.Components.Crossplane.Composites;

namespace Infra.Components.Crossplane.Network;

/// <summary>Arguments of an <see cref="XNetwork"/>.</summary>
public sealed record XNetworkArgs
{
    /// <summary>The VPC's CIDR block, e.g. <c>10.10.0.0/16</c>.</summary>
    public required string CidrBlock { get; init; }

    /// <summary>The two private subnets' CIDR blocks (zones a and b).</summary>
    public required IReadOnlyList<string> SubnetCidrBlocks { get; init; }

    /// <summary>The environment the composition reads region, tags and deletion policy from.</summary>
    public required CloudEnvironment Environment { get; init; }

    /// <summary>What is sent to the Kubernetes provider.</summary>
    public CompositeMode Mode { get; init; } = CompositeMode.Crossplane;
}
