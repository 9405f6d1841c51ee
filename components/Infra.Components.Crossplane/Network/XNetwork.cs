using System.Text.Json.Nodes;
using Infra.Components.Crossplane.Composites;

namespace Infra.Components.Crossplane.Network;

/// <summary>An AWS network as a Crossplane XNetwork composite: a VPC, two private subnets and an RDS subnet group.</summary>
public sealed class XNetwork : CompositeResource
{
    /// <summary>The component's type token.</summary>
    public new const string TypeToken = "infra:crossplane:XNetwork";

    /// <summary>Renders and declares the network.</summary>
    /// <param name="name">The XR name (an RFC 1123 label).</param>
    /// <param name="args">The network's settings.</param>
    /// <param name="options">Resource options.</param>
    public XNetwork(string name, XNetworkArgs args, ResourceOptions? options = null)
        : base(TypeToken, name, ToCompositeArgs(args), options)
    {
        SubnetGroupName = $"{CompositeName}-subnet-group";
    }

    /// <summary>The DB subnet group's name (<c>&lt;xr&gt;-subnet-group</c>, fixed by the composition) for an <see cref="Database.XDatabase"/>.</summary>
    public string SubnetGroupName { get; }

    private static CompositeResourceArgs ToCompositeArgs(XNetworkArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return new CompositeResourceArgs
        {
            Definition = XNetworkDefinition.Definition,
            Composition = AwsNetworkComposition.Composition,
            Spec = new JsonObject
            {
                ["parameters"] = new JsonObject
                {
                    ["cidrBlock"] = args.CidrBlock,
                    ["subnetCidrBlocks"] = new JsonArray(args.SubnetCidrBlocks.Select(c => (JsonNode)c).ToArray()),
                },
            },
            Labels = new Dictionary<string, string>(StringComparer.Ordinal) { ["platform.infra.dev/environment"] = args.Environment.Name },
            Environment = [args.Environment.ToEnvironmentConfig()],
            Mode = args.Mode,
        };
    }
}
