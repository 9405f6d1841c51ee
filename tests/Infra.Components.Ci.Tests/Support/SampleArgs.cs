using Infra.Components.Ci.SupplyChain;

namespace Infra.Components.Ci.Tests.Support;

/// <summary>Supply-chain arguments used across tests (digests are syntactically valid test values).</summary>
internal static class SampleArgs
{
    internal static string Digest(char fill) => "sha256:" + new string(fill, 64);

    internal static SupplyChainToolImages Tools { get; } = new()
    {
        Git = "alpine/git:2.47.2@" + Digest('1'),
        Kaniko = "gcr.io/kaniko-project/executor:debug@" + Digest('2'),
        BuildKit = "moby/buildkit:rootless@" + Digest('3'),
        Trivy = "aquasec/trivy:0.63.0@" + Digest('4'),
        Syft = "anchore/syft:debug@" + Digest('5'),
        Cosign = "cgr.dev/chainguard/cosign:latest-dev@" + Digest('6'),
        ArgoCdCli = "quay.io/argoproj/argocd:v3.1.0@" + Digest('7'),
    };

    internal static SupplyChainPipelineArgs Kaniko(PipelineEngine engine = PipelineEngine.Both) => new()
    {
        Namespace = "ci",
        RepositoryUrl = "https://git.example.com/shop/shop.git",
        Registry = "registry.example.com/shop",
        Image = "shop",
        Deploy = new GitOpsRepositoryUpdate("https://git.example.com/shop/gitops.git", "apps/shop/deployment.yaml"),
        Engine = engine,
        Tools = Tools,
    };

    /// <summary>Every option combination worth covering: builders, SBOM formats, deploy targets, trigger and schedule.</summary>
    internal static IEnumerable<(string Name, SupplyChainPipelineArgs Args)> Variants()
    {
        yield return ("kaniko-cyclonedx-gitops", Kaniko());
        yield return ("buildkit-spdx-argocd", Kaniko() with
        {
            Builder = ImageBuilder.BuildKit,
            SbomFormat = SbomFormat.Spdx,
            SeverityThreshold = VulnerabilitySeverity.Critical,
            Deploy = new ArgoCdSync("shop-prod"),
        });
        yield return ("webhook-schedule-extra", Kaniko() with
        {
            WebhookTrigger = true,
            Schedules = ["0 3 * * *"],
            ExtraStages =
            [
                new SupplyChainStage("unit-test", Tools.Git, "cd \"$WORKSPACE_SOURCE/src\" && make test")
                {
                    Inputs = new Dictionary<string, StageValue> { ["commit"] = StageValue.Result("clone", "commit") },
                    Workspaces = ["source"],
                },
            ],
        });
    }
}
