using System.Text.Json.Nodes;
using Infra.Compositions.Authoring;
using Infra.Components.Crossplane.Composites;

namespace Infra.Components.Crossplane.Network;

/// <summary>XNetwork on AWS: a VPC, a private subnet in each of two availability zones, and an RDS subnet group over them.</summary>
public static class AwsNetworkComposition
{
    private const string Region = "spec.forProvider.region";

    /// <summary>The composition.</summary>
    public static Composition Composition => new("xnetwork-aws", XNetworkDefinition.Definition.CompositeApiVersion, "XNetwork",
    [
        new ComposedResource("vpc", Manifest("ec2.aws.upbound.io/v1beta1", "VPC", new JsonObject { ["enableDnsSupport"] = true, ["enableDnsHostnames"] = true }))
        {
            Patches =
            [
                CommonPatches.UseEnvironment,
                new PatchSetReference("regional"),
                new FromCompositeFieldPath("spec.parameters.cidrBlock", "spec.forProvider.cidrBlock"),
                new ToCompositeFieldPath("status.atProvider.id", "status.vpcId"),
            ],
        },
        Subnet("subnet-a", 0, "a"),
        Subnet("subnet-b", 1, "b"),
        new ComposedResource("subnet-group", Manifest("rds.aws.upbound.io/v1beta1", "SubnetGroup", new JsonObject
        {
            ["subnetIdSelector"] = new JsonObject { ["matchControllerRef"] = true },
        }))
        {
            Patches =
            [
                CommonPatches.UseEnvironment,
                new PatchSetReference("regional"),
                // A fixed name (the group's external name) so databases can refer to it before it exists.
                new FromCompositeFieldPath("metadata.name", "metadata.name") { Transforms = [StringTransform.Format("%s-subnet-group")] },
                new FromCompositeFieldPath("metadata.name", "spec.forProvider.description") { Transforms = [StringTransform.Format("Databases of network %s")] },
                new ToCompositeFieldPath("metadata.name", "status.subnetGroupName"),
            ],
        },
    ])
    {
        PatchSets =
        [
            CommonPatches.Environment,
            new PatchSet("regional",
            [
                CommonPatches.Required("aws.region", Region),
                new FromEnvironmentFieldPath("environment", "spec.forProvider.tags[environment]"),
            ]),
        ],
        Labels = new Dictionary<string, string> { ["platform.infra.dev/cloud"] = "aws" },
    };

    private static ComposedResource Subnet(string name, int index, string zone) => new(name, Manifest("ec2.aws.upbound.io/v1beta1", "Subnet", new JsonObject
    {
        ["vpcIdSelector"] = new JsonObject { ["matchControllerRef"] = true },
        ["mapPublicIpOnLaunch"] = false,
    }))
    {
        Patches =
        [
            CommonPatches.UseEnvironment,
            new PatchSetReference("regional"),
            new FromCompositeFieldPath($"spec.parameters.subnetCidrBlocks[{index}]", "spec.forProvider.cidrBlock"),
            new CombineFromEnvironment(["aws.region"], "%s" + zone, "spec.forProvider.availabilityZone"),
        ],
    };

    private static JsonObject Manifest(string apiVersion, string kind, JsonObject forProvider) => new()
    {
        ["apiVersion"] = apiVersion,
        ["kind"] = kind,
        ["spec"] = new JsonObject { ["forProvider"] = forProvider },
    };
}
