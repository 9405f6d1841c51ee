using System.Text.Json.Nodes;
using Infra.Components.Ci.GitOps;
using Infra.Components.Ci.Tests.Schemas;
using Infra.Components.Ci.Tests.Support;

namespace Infra.Components.Ci.Tests.GitOps;

public sealed class GitOpsObjectsTests(CrdSchemasFixture fixture) : IClassFixture<CrdSchemasFixture>
{
    private static GitOpsApplicationsArgs Args(bool applicationSet = false) => new()
    {
        RepositoryUrl = "https://git.example.com/platform/infra.git",
        Environments = [new GitOpsEnvironment("dev"), new GitOpsEnvironment("prod", "https://prod.example.com:6443") { AutoSync = false, TargetRevision = "release" }],
        UseApplicationSet = applicationSet,
        HealthChecks = [ResourceHealthCheck.TektonPipelineRun],
    };

    [Fact]
    public void Build_Applications_OnePerStackPointingAtRenderedFolder()
    {
        var apps = GitOpsObjects.Build(Args()).Select(a => a.ToManifest()).ToList();

        Assert.Equal(["platform-dev", "platform-prod"], apps.Select(a => a["metadata"]!["name"]!.GetValue<string>()));
        Assert.Equal(["out/dev", "out/prod"], apps.Select(a => a["spec"]!["source"]!["path"]!.GetValue<string>()));
        Assert.Equal("https://git.example.com/platform/infra.git", apps[0]["spec"]!["source"]!["repoURL"]!.GetValue<string>());
        Assert.True(apps[0]["spec"]!["syncPolicy"]!["automated"]!["selfHeal"]!.GetValue<bool>());
        Assert.Null(apps[1]["spec"]!["syncPolicy"]!["automated"]);
        Assert.Equal("release", apps[1]["spec"]!["source"]!["targetRevision"]!.GetValue<string>());
        Assert.Equal("resources-finalizer.argocd.argoproj.io", apps[0]["metadata"]!["finalizers"]![0]!.GetValue<string>());
    }

    [Fact]
    public void HealthConfig_TektonPipelineRun_WritesArgoCdCustomizationKey()
    {
        var config = GitOpsObjects.HealthConfig(Args())!;

        Assert.Equal("argocd-cm", config.Metadata.Name);
        Assert.Contains("hs.status = \"Degraded\"", config.Data["resource.customizations.health.tekton.dev_PipelineRun"], StringComparison.Ordinal);
        Assert.Null(GitOpsObjects.HealthConfig(Args() with { HealthChecks = [] }));
    }

    [Fact]
    public void Build_DuplicateStack_ThrowsConfigException()
    {
        var args = Args() with { Environments = [new GitOpsEnvironment("dev"), new GitOpsEnvironment("dev")] };

        Assert.Contains("stack 'dev' is listed more than once", Assert.Throws<ConfigException>(() => GitOpsObjects.Build(args)).Message, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData(false)]
    [InlineData(true)]
    public void Build_ApplicationOrApplicationSet_MatchesUpstreamCrd(bool applicationSet)
    {
        RepositoryRoot.RequireCrds();
        foreach (var resource in GitOpsObjects.Build(Args(applicationSet)))
        {
            var manifest = resource.ToManifest();
            var errors = fixture.Schemas.Validate(manifest);
            Assert.True(errors.Count == 0, $"{resource.Kind} {resource.Metadata.Name}:\n{string.Join("\n", errors)}\n{manifest}");
        }
    }

    [Fact]
    public void Build_ApplicationSet_ListGeneratorHasOneElementPerStack()
    {
        var set = GitOpsObjects.Build(Args(applicationSet: true)).Single().ToManifest();

        var elements = set["spec"]!["generators"]![0]!["list"]!["elements"]!.AsArray();
        Assert.Equal(["dev", "prod"], elements.Select(e => e!["stack"]!.GetValue<string>()));
        Assert.Equal("out/{{.stack}}", set["spec"]!["template"]!["spec"]!["source"]!["path"]!.GetValue<string>());
        Assert.True(set["spec"]!["goTemplate"]!.GetValue<bool>());
    }
}
