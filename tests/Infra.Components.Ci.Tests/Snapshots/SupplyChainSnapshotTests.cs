using Infra.Components.Ci.SupplyChain;
using Infra.Components.Ci.Tests.Support;
using Infra.Testing;

namespace Infra.Components.Ci.Tests.Snapshots;

public sealed class SupplyChainSnapshotTests
{
    private static readonly SnapshotOptions Options = new() { Project = "platform", Stack = "dev" };

    public static TheoryData<string, PipelineEngine> Engines() => new()
    {
        { "supply-chain-tekton", PipelineEngine.Tekton },
        { "supply-chain-argo", PipelineEngine.ArgoWorkflows },
    };

    [Theory]
    [MemberData(nameof(Engines))]
    public async Task PreviewAsync_SupplyChainPerEngine_MatchesVerifiedSnapshot(string snapshot, PipelineEngine engine)
    {
        var args = SampleArgs.Kaniko(engine);

        var plan = await StackSnapshot.PreviewAsync(() => new DelegateStack(() => _ = new SupplyChainPipeline("shop", args)), Options, CancellationToken.None);

        PlanSnapshot.Verify(plan, snapshot);
    }
}
