using Infra.Components.Ci.SupplyChain;
using Infra.Components.Ci.Tests.Support;

namespace Infra.Components.Ci.Tests.Validation;

public sealed class SupplyChainGraphTests
{
    private static SupplyChainStage Stage(string name, Dictionary<string, StageValue>? inputs = null, string[]? workspaces = null, string[]? runAfter = null) =>
        new(name, SampleArgs.Tools.Git, "true")
        {
            Inputs = inputs ?? [],
            Workspaces = workspaces ?? [],
            RunAfter = runAfter ?? [],
        };

    public static TheoryData<string, PipelineEngine, SupplyChainStage[], string[]> BrokenGraphs() => new()
    {
        {
            "unknown result (Tekton)", PipelineEngine.Tekton,
            [Stage("lint", new() { ["digest"] = StageValue.Result("build", "digets") })],
            ["Tekton Pipeline 'supply-chain'", "pipeline task 'lint' param 'digest'", "result 'digets' of task 'build'", "declared: digest, image-ref"]
        },
        {
            "unknown result (Argo)", PipelineEngine.ArgoWorkflows,
            [Stage("lint", new() { ["digest"] = StageValue.Result("build", "digets") })],
            ["Argo WorkflowTemplate 'supply-chain'", "DAG task 'lint' argument 'digest'", "output 'digets' of task 'build'"]
        },
        {
            "result of unknown task (Tekton)", PipelineEngine.Tekton,
            [Stage("lint", new() { ["commit"] = StageValue.Result("clon", "commit") })],
            ["pipeline task 'lint' param 'commit' references result 'commit' of unknown task 'clon'"]
        },
        {
            "result of unknown task (Argo)", PipelineEngine.ArgoWorkflows,
            [Stage("lint", new() { ["commit"] = StageValue.Result("clon", "commit") })],
            ["DAG task 'lint' argument 'commit' references output 'commit' of unknown task 'clon'", "DAG task 'lint' depends on unknown task 'clon'"]
        },
        {
            "unknown workspace (Tekton)", PipelineEngine.Tekton,
            [Stage("lint", workspaces: ["cache"])],
            ["pipeline task 'lint' binds workspace 'cache' to unknown pipeline workspace 'cache'"]
        },
        {
            "unknown runAfter (Tekton)", PipelineEngine.Tekton,
            [Stage("lint", runAfter: ["tset"])],
            ["pipeline task 'lint' runs after unknown task 'tset'"]
        },
        {
            "cycle (Tekton)", PipelineEngine.Tekton,
            [Stage("a", runAfter: ["b"]), Stage("b", runAfter: ["a"])],
            ["pipeline task 'a' is part of a dependency cycle: a -> b -> a"]
        },
        {
            "cycle (Argo)", PipelineEngine.ArgoWorkflows,
            [Stage("a", runAfter: ["b"]), Stage("b", new() { ["x"] = StageValue.Result("a", "none") })],
            ["DAG task 'a' is part of a dependency cycle: a -> b -> a"]
        },
        {
            "undeclared pipeline parameter (Both)", PipelineEngine.Both,
            [Stage("lint", new() { ["level"] = StageValue.Parameter("lint-level") })],
            ["pipeline task 'lint' param 'level' references undeclared pipeline param 'lint-level'"]
        },
        {
            "undeclared workflow parameter (Argo)", PipelineEngine.ArgoWorkflows,
            [Stage("lint", new() { ["level"] = StageValue.Parameter("lint-level") })],
            ["DAG task 'lint' argument 'level' references undeclared workflow parameter 'lint-level'"]
        },
    };

    [Theory]
    [MemberData(nameof(BrokenGraphs))]
    public void Create_BrokenGraph_ThrowsConfigExceptionNamingTheTask(string scenario, PipelineEngine engine, SupplyChainStage[] extra, string[] expectedFragments)
    {
        var args = SampleArgs.Kaniko(engine) with { ExtraStages = extra };

        var error = Assert.Throws<ConfigException>(() => SupplyChainDefinition.Create(args));

        foreach (var fragment in expectedFragments)
        {
            Assert.True(error.Message.Contains(fragment, StringComparison.Ordinal), $"{scenario}: '{fragment}' not in:\n{error.Message}");
        }
    }

    [Fact]
    public void Create_DuplicateStageName_ThrowsConfigException()
    {
        var args = SampleArgs.Kaniko() with { ExtraStages = [Stage("scan")] };

        var error = Assert.Throws<ConfigException>(() => SupplyChainDefinition.Create(args));

        Assert.Contains("stage 'scan' is declared more than once", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, Func<SupplyChainToolImages, SupplyChainToolImages>, string> BadImages() => new()
    {
        { "tag only", t => t with { Trivy = "aquasec/trivy:0.63.0" }, "supplyChain 'supply-chain' tools.trivy: image 'aquasec/trivy:0.63.0' must be pinned by digest" },
        { "short digest", t => t with { Cosign = "cosign@sha256:abc" }, "tools.cosign" },
        { "builder missing", t => t with { Kaniko = null }, "tools.kaniko: an image is required" },
    };

    [Theory]
    [MemberData(nameof(BadImages))]
    public void Create_UnpinnedToolImage_ThrowsConfigExceptionNamingTheField(string scenario, Func<SupplyChainToolImages, SupplyChainToolImages> change, string expected)
    {
        var args = SampleArgs.Kaniko() with { Tools = change(SampleArgs.Tools) };

        var error = Assert.Throws<ConfigException>(() => SupplyChainDefinition.Create(args));

        Assert.True(error.Message.Contains(expected, StringComparison.Ordinal), $"{scenario}: {error.Message}");
    }
}
