using Infra.Components.Tests.Support;
using Infra.Testing;
using Platform;

namespace Infra.Components.Tests.Snapshots;

/// <summary>Bad <c>platform:ci*</c> values fail the preview with a message naming the key or field.</summary>
public sealed class PlatformDeliveryConfigTests
{
    public static TheoryData<string, string, string, string> BadValues => new()
    {
        { "dev", "platform:ciPipelineEngine", "jenkins", "Configuration key 'platform:ciPipelineEngine' must be tekton, argo-workflows, both, got 'jenkins'" },
        { "staging", "platform:ciBuilder", "docker", "Configuration key 'platform:ciBuilder' must be kaniko, buildkit, got 'docker'" },
        { "prod", "platform:ciArgoExecutorImage", "", "Configuration key 'platform:ciArgoExecutorImage' is required by the chosen CI engine and builder" },
        { "dev", "platform:ciRegistry", "", "Configuration key 'platform:ciRegistry' is required for the CI platform" },
        { "dev", "platform:ciKanikoImage", "gcr.io/kaniko-project/executor:debug", "image 'gcr.io/kaniko-project/executor:debug' must be pinned by digest" },
    };

    [Theory]
    [MemberData(nameof(BadValues))]
    public async Task Preview_BadCiValue_FailsNamingTheKey(string environment, string key, string value, string expected)
    {
        var config = StackConfigFiles.Load(environment);
        config[key] = new Deployment.ConfigValue(value, IsSecret: false);

        var error = await Assert.ThrowsAsync<StackSnapshotException>(() => Previews.RunAsync(() => new PlatformStack(), environment, config));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preview_EngineSwitchedToArgo_DropsTektonObjects()
    {
        var config = StackConfigFiles.Load("dev");
        config["platform:ciPipelineEngine"] = new Deployment.ConfigValue("argo-workflows", IsSecret: false);
        config["platform:ciArgoControllerImage"] = SnapshotOptions.Plain("quay.io/argoproj/workflow-controller:v3.7.3@sha256:" + new string('a', 64));
        config["platform:ciArgoExecutorImage"] = SnapshotOptions.Plain("quay.io/argoproj/argoexec:v3.7.3@sha256:" + new string('b', 64));

        var plan = await Previews.RunAsync(() => new PlatformStack(), "dev", config);

        var types = plan.Steps.Select(s => s.Type).ToHashSet(StringComparer.Ordinal);
        Assert.Contains("kubernetes:argoproj.io/v1alpha1:WorkflowTemplate", types);
        Assert.Contains("infra:ci:ArgoWorkflowsController", types);
        Assert.DoesNotContain(types, t => t.Contains("tekton.dev", StringComparison.Ordinal) || t == "infra:ci:TektonPipelinesController");
    }
}
