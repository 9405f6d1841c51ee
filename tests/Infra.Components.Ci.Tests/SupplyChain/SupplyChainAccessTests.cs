using Infra.Components.Ci.SupplyChain;
using Infra.Components.Ci.Tests.Support;
using k8s.Models;

namespace Infra.Components.Ci.Tests.SupplyChain;

public sealed class SupplyChainAccessTests
{
    public static TheoryData<bool, int> Triggers() => new()
    {
        { false, 1 },
        { true, 5 },
    };

    [Theory]
    [MemberData(nameof(Triggers))]
    public void Build_ServiceAccountAndRole_GrantOnlyWhatStagesNeed(bool webhook, int ruleCount)
    {
        var objects = SupplyChainAccess.Build(SampleArgs.Kaniko() with { WebhookTrigger = webhook });

        Assert.Equal(["ServiceAccount", "Role", "RoleBinding"], objects.Select(o => o.Kind));
        Assert.Equal("pipeline", objects[0].Metadata.Name);
        var role = (V1Role)objects[1];
        Assert.Equal(ruleCount, role.Rules.Count);
        Assert.Equal(["cosign-key"], role.Rules[0].ResourceNames);
        Assert.Equal("pipeline", ((V1RoleBinding)objects[2]).Subjects.Single().Name);
    }
}
