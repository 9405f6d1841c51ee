using Infra.Components.Etcd;

namespace Infra.Components.Tests.Rendering;

public sealed class EtcdTopologyTests
{
    public static TheoryData<int, bool, string> InitialClusters => new()
    {
        { 1, true, "e-0=https://e-0.e-peer.ns.svc.cluster.local:2380" },
        { 3, true, "e-0=https://e-0.e-peer.ns.svc.cluster.local:2380,e-1=https://e-1.e-peer.ns.svc.cluster.local:2380,e-2=https://e-2.e-peer.ns.svc.cluster.local:2380" },
        { 3, false, "e-0=http://e-0.e-peer.ns.svc.cluster.local:2380,e-1=http://e-1.e-peer.ns.svc.cluster.local:2380,e-2=http://e-2.e-peer.ns.svc.cluster.local:2380" },
    };

    [Theory]
    [MemberData(nameof(InitialClusters))]
    public void InitialCluster_Members_ListsEveryMemberPeerUrl(int members, bool tls, string expected)
    {
        Assert.Equal(expected, new EtcdTopology("e", "ns", members, tls).InitialCluster);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 2)]
    [InlineData(5, 3)]
    [InlineData(7, 4)]
    public void Budget_Members_KeepsQuorumAvailable(int members, int minAvailable)
    {
        var budget = EtcdManifests.Budget(new EtcdTopology("e", "ns", members, true));
        Assert.Equal(minAvailable.ToString(System.Globalization.CultureInfo.InvariantCulture), budget.Spec.MinAvailable!.Value);
    }

    [Fact]
    public void StatefulSet_ProductionArgs_RequiresNodeAntiAffinityAndRunsAsNonRoot()
    {
        var args = new EtcdClusterArgs { Namespace = "ns", Production = true, Storage = new StorageArgs { StorageClass = "fast", Size = "20Gi" } };
        var set = EtcdManifests.StatefulSet(new EtcdTopology("e", "ns", 3, true), args);
        var pod = set.Spec.Template.Spec;
        Assert.NotNull(pod.Affinity.PodAntiAffinity.RequiredDuringSchedulingIgnoredDuringExecution);
        Assert.True(pod.SecurityContext.RunAsNonRoot);
        Assert.Equal("fast", set.Spec.VolumeClaimTemplates[0].Spec.StorageClassName);
        Assert.Equal("20Gi", set.Spec.VolumeClaimTemplates[0].Spec.Resources.Requests["storage"].ToString());
        Assert.NotNull(pod.Containers[0].ReadinessProbe);
        Assert.NotNull(pod.Containers[0].LivenessProbe);
    }
}
