using System.Text.Json.Nodes;
using Infra.Compositions.Authoring;

namespace Infra.Components.Crossplane.Composites;

/// <summary>
/// The per-environment facts the platform's compositions read through environment patches: the environment name,
/// whether it is production (then stateful managed resources are orphaned, not deleted, with their composite), and
/// each cloud's region.
/// </summary>
/// <param name="Name">The environment name (dev, staging, prod).</param>
/// <param name="Production">True for production.</param>
/// <param name="AwsRegion">The AWS region, e.g. <c>eu-west-1</c>.</param>
/// <param name="GcpRegion">The GCP region, e.g. <c>europe-west1</c>.</param>
/// <param name="AzureLocation">The Azure location, e.g. <c>westeurope</c>.</param>
/// <param name="AzureResourceGroup">The Azure resource group of the environment's resources.</param>
public sealed record CloudEnvironment(string Name, bool Production, string AwsRegion, string GcpRegion, string AzureLocation, string AzureResourceGroup)
{
    /// <summary>The environment as an EnvironmentConfig named <c>platform-&lt;name&gt;</c>.</summary>
    public EnvironmentConfig ToEnvironmentConfig() => new($"platform-{Name}", new JsonObject
    {
        ["environment"] = Name,
        ["production"] = Production,
        ["deletionPolicy"] = Production ? "Orphan" : "Delete",
        ["aws"] = new JsonObject { ["region"] = AwsRegion },
        ["gcp"] = new JsonObject { ["region"] = GcpRegion },
        ["azure"] = new JsonObject { ["location"] = AzureLocation, ["resourceGroup"] = AzureResourceGroup },
    });
}
