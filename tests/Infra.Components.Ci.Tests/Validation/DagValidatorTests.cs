using Infra.Components.Ci.Argo;
using Infra.Components.Ci.Resources;
using Infra.Components.Ci.Tekton;
using Infra.Components.Ci.Validation;

namespace Infra.Components.Ci.Tests.Validation;

public sealed class DagValidatorTests
{
    private static readonly TektonTask Build = new(new ResourceMetadata("build"), new TektonTaskSpec([new TektonStep("s", "img")])
    {
        Params = [new TektonParamSpec("image"), new TektonParamSpec("flags", Default: "")],
        Results = [new TektonTaskResult("digest")],
        Workspaces = [new TektonWorkspaceDeclaration("source"), new TektonWorkspaceDeclaration("cache") { Optional = true }],
    });

    private static TektonPipeline Pipeline(params TektonPipelineTask[] tasks) =>
        new(new ResourceMetadata("p"), new TektonPipelineSpec(tasks) { Params = [new TektonParamSpec("image")], Workspaces = [new TektonPipelineWorkspace("shared")] });

    private static TektonPipelineTask Task(string name, string? image = "$(params.image)", string workspace = "shared", string[]? runAfter = null, string taskRef = "build") =>
        new(name, new TektonTaskRef(taskRef))
        {
            Params = image is null ? [] : [new TektonParam("image", image)],
            Workspaces = [new TektonWorkspacePipelineTaskBinding("source", workspace)],
            RunAfter = runAfter,
        };

    public static TheoryData<string, TektonPipeline, string?> TektonCases() => new()
    {
        { "consistent", Pipeline(Task("a"), Task("b", "$(tasks.a.results.digest)")), null },
        { "missing required param", Pipeline(Task("a", image: null)), "pipeline task 'a' does not pass required param 'image' of Task 'build'" },
        { "unknown Task", Pipeline(Task("a", taskRef: "biuld")), "pipeline task 'a' refers to unknown Task 'biuld'" },
        { "own result", Pipeline(Task("a", "$(tasks.a.results.digest)")), "pipeline task 'a' param 'image' references its own result 'digest'" },
        { "unbound required workspace", Pipeline(Task("a") with { Workspaces = [] }), "pipeline task 'a' does not bind workspace 'source' required by Task 'build'" },
        { "duplicate task", Pipeline(Task("a"), Task("a")), "pipeline task 'a' is declared more than once" },
        { "three-cycle", Pipeline(Task("a", runAfter: ["c"]), Task("b", "$(tasks.a.results.digest)"), Task("c", runAfter: ["b"])), "pipeline task 'a' is part of a dependency cycle: a -> c -> b -> a" },
    };

    [Theory]
    [MemberData(nameof(TektonCases))]
    public void Validate_TektonPipeline_ReportsProblemNamingTask(string scenario, TektonPipeline pipeline, string? expected)
    {
        var problems = TektonPipelineValidator.Validate(pipeline, [Build]);

        if (expected is null)
        {
            Assert.True(problems.Count == 0, $"{scenario}: {string.Join("; ", problems)}");
        }
        else
        {
            Assert.True(problems.Any(p => p.Message == expected), $"{scenario}: got {string.Join("; ", problems)}");
        }
    }

    private static WorkflowTemplate Workflow(params ArgoDagTask[] tasks) => new(new ResourceMetadata("w"), new WorkflowTemplateSpec("main",
    [
        new ArgoTemplate("main") { Dag = new ArgoDag(tasks) },
        new ArgoTemplate("step")
        {
            Inputs = new ArgoInputs([new ArgoParameter("in"), new ArgoParameter("opt") { Default = "x" }]),
            Outputs = new ArgoOutputs([new ArgoParameter("out") { ValueFrom = new ArgoValueFrom("/tmp/out") }]),
            Script = new ArgoScript("img", ["sh"], "true"),
        },
    ]));

    private static ArgoDagTask Dag(string name, string value = "x", string[]? dependencies = null, string template = "step") =>
        new(name, template) { Dependencies = dependencies, Arguments = new ArgoArguments([new ArgoParameter("in") { Value = value }]) };

    public static TheoryData<string, WorkflowTemplate, string?> ArgoCases() => new()
    {
        { "consistent", Workflow(Dag("a"), Dag("b", "{{tasks.a.outputs.parameters.out}}", ["a"])), null },
        { "output of non-dependency", Workflow(Dag("a"), Dag("b", "{{tasks.a.outputs.parameters.out}}")), "DAG task 'b' argument 'in' references output 'out' of task 'a', which is not among its dependencies" },
        { "unknown template", Workflow(Dag("a", template: "stp")), "DAG task 'a' runs unknown template 'stp'" },
        { "missing input", Workflow(new ArgoDagTask("a", "step")), "DAG task 'a' does not pass required input 'in' of template 'step'" },
        { "unknown dependency", Workflow(Dag("a", dependencies: ["z"])), "DAG task 'a' depends on unknown task 'z'" },
        { "self cycle", Workflow(Dag("a", dependencies: ["a"])), "DAG task 'a' is part of a dependency cycle: a -> a" },
    };

    [Theory]
    [MemberData(nameof(ArgoCases))]
    public void Validate_ArgoWorkflowTemplate_ReportsProblemNamingTask(string scenario, WorkflowTemplate workflow, string? expected)
    {
        var problems = ArgoDagValidator.Validate(workflow);

        if (expected is null)
        {
            Assert.True(problems.Count == 0, $"{scenario}: {string.Join("; ", problems)}");
        }
        else
        {
            Assert.True(problems.Any(p => p.Message == expected), $"{scenario}: got {string.Join("; ", problems)}");
        }
    }
}
