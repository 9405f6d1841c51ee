using Infra.Cli.Policy;
using Infra.Components.Tests.Support;
using Infra.Deployment;
using Infra.Policy.Packs;
using Infra.Testing;
using Platform.Data;

namespace Infra.Components.Tests.Crossplane;

/// <summary>
/// The platform's composites per environment, in both modes: <c>rendered</c> snapshots the managed resources the
/// compositions produce (what Crossplane will create), <c>crossplane</c> the XRDs, Compositions, EnvironmentConfig and XRs.
/// </summary>
public sealed class CompositeSnapshotTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { "dev", "rendered" }, { "staging", "rendered" }, { "prod", "rendered" },
        { "dev", "crossplane" }, { "staging", "crossplane" }, { "prod", "crossplane" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Preview_PlatformComposites_MatchSnapshot(string environment, string mode)
    {
        var plan = await PreviewAsync(environment, mode);
        PlanSnapshot.Verify(plan, $"Verified/composites-{mode}-{environment}");
    }

    public static TheoryData<string, string> DeletionPolicies => new() { { "dev", "Delete" }, { "staging", "Delete" }, { "prod", "Orphan" } };

    [Theory]
    [MemberData(nameof(DeletionPolicies))]
    public async Task Preview_RenderedManagedResources_PassCrossplanePolicy(string environment, string deletionPolicy)
    {
        var plan = await PreviewAsync(environment, "rendered");
        var instance = Assert.Single(plan.Steps, s => s.Type == "kubernetes:rds.aws.upbound.io/v1beta3:Instance");
        Assert.Equal(deletionPolicy, (string?)instance.NewInputs!["manifest"]!["spec"]!["deletionPolicy"]);

        var pack = Path.Combine(RepositoryRoot.Path, "policies", "crossplane");
        var report = await PolicyEvaluator.EvaluateAsync([pack], PolicyInput.FromPlan(plan), CancellationToken.None);
        Assert.Empty(report.Errors);
        Assert.True(report.Evaluated >= 1);
        Assert.False(report.Blocked, string.Join("\n", report.Results.Where(r => r.Blocking).Select(r => r.Message)));
    }

    [Fact]
    public async Task Preview_ProdWithDeletePolicy_BlockedByCrossplanePolicy()
    {
        // The same plan as prod, with the managed resources' deletion policy forced back to Delete: the pack must catch it.
        var plan = await PreviewAsync("prod", "rendered");
        var steps = plan.Steps.Select(s => s.NewInputs?["manifest"]?["spec"]?["deletionPolicy"] is null ? s : Rewrite(s)).ToList();
        var report = await PolicyEvaluator.EvaluateAsync([Path.Combine(RepositoryRoot.Path, "policies", "crossplane")],
            PolicyInput.FromPlan(plan with { Steps = steps }), CancellationToken.None);
        Assert.True(report.Blocked);
        Assert.Contains(report.Results, r => r.Blocking && r.Message.Contains("Instance platform-db-instance would be deleted", StringComparison.Ordinal));
    }

    private static Engine.Planning.PlanStep Rewrite(Engine.Planning.PlanStep step)
    {
        var inputs = (System.Text.Json.Nodes.JsonObject)step.NewInputs!.DeepClone();
        inputs["manifest"]!["spec"]!["deletionPolicy"] = "Delete";
        return step with { NewInputs = inputs };
    }

    private static Task<Engine.Planning.PlanDocument> PreviewAsync(string environment, string mode)
    {
        var config = StackConfigFiles.Load(environment);
        config["platform:compositeMode"] = new ConfigValue(mode, IsSecret: false);
        return Previews.RunAsync(() => new ComponentStack(() => PlatformData.Declare(new Config())), environment, config);
    }
}
