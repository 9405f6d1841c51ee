using System.Text.Json.Nodes;
using Infra.Compositions.Authoring;
using Infra.Components.Crossplane.Composites;

namespace Infra.Components.Crossplane.Network;

/// <summary>The XNetwork CompositeResourceDefinition (<c>platform.infra.dev/v1alpha1</c>, claim <c>Network</c>).</summary>
public static class XNetworkDefinition
{
    private const string Cidr = "^([0-9]{1,3}\\.){3}[0-9]{1,3}/[0-9]{1,2}$";

    /// <summary>The XRD.</summary>
    public static CompositeResourceDefinition Definition => new("platform.infra.dev", "XNetwork", "xnetworks",
    [
        new XrdVersion("v1alpha1", Schema.Composite(
            Schema.Object(new Dictionary<string, JsonObject>
            {
                ["cidrBlock"] = Schema.String("The VPC's IPv4 CIDR block.", Cidr),
                ["subnetCidrBlocks"] = Schema.Array(Schema.String("A private subnet's CIDR block.", Cidr), 2, 2),
            }, "cidrBlock", "subnetCidrBlocks"),
            Schema.Object(new Dictionary<string, JsonObject>
            {
                ["vpcId"] = Schema.String("The VPC's ID."),
                ["subnetGroupName"] = Schema.String("The DB subnet group over both subnets."),
            }))),
    ])
    {
        ClaimKind = "Network",
        ClaimPlural = "networks",
    };
}
