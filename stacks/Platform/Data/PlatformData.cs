using Infra;
using Infra.Components.Crossplane.Composites;
using Infra.Components.Crossplane.Database;
using Infra.Components.Crossplane.Network;

namespace Platform.Data;

/// <summary>The platform's data layer as Crossplane composites: an XNetwork and an XDatabase in it.</summary>
public static class PlatformData
{
    /// <summary>Declares the environment's EnvironmentConfig (Crossplane mode), the network and the database.</summary>
    /// <param name="config">The stack's config (keys in Pulumi.yaml).</param>
    /// <param name="options">Options for every declared resource (e.g. depends on the platform namespace).</param>
    public static XDatabase Declare(Config config, ResourceOptions? options = null)
    {
        var settings = PlatformDataSettings.Read(config);
        var dependsOn = options?.DependsOn ?? [];
        if (settings.Mode == CompositeMode.Crossplane)
        {
            var environment = EnvironmentConfigs.Declare("platform-environment", settings.Environment.ToEnvironmentConfig(), options);
            dependsOn = [.. dependsOn, environment];
        }
        var composites = (options ?? new ResourceOptions()) with { DependsOn = dependsOn };
        var network = new XNetwork("platform-network", new XNetworkArgs
        {
            CidrBlock = settings.NetworkCidr,
            SubnetCidrBlocks = settings.SubnetCidrs,
            Environment = settings.Environment,
            Mode = settings.Mode,
        }, composites);
        var subnetGroup = settings.Database.Cloud == DatabaseCloud.Aws ? network.SubnetGroupName : null;
        return new XDatabase("platform-db", settings.Database with { SubnetGroupName = subnetGroup }, composites with { DependsOn = [.. dependsOn, network] });
    }
}
