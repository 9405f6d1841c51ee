using System.Text.Json;
using Infra.Components.Ci.SupplyChain;

namespace Infra.Components.Ci.Tests.Platform;

public sealed class CiPlatformArgsConfigTests
{
    // The shape Config.GetObject<T> reads: System.Text.Json with web defaults (camelCase, case-insensitive).
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private const string Json = """
        {
          "environment": "staging",
          "tekton": { "environment": "staging", "images": { "controller": "c@sha256:aa", "entrypoint": "e", "nop": "n", "sidecarLogResults": "s", "workingDirInit": "w", "shell": "sh" } },
          "supplyChains": [{
            "namespace": "ci", "repositoryUrl": "https://git.example.com/a.git", "registry": "r.example.com", "image": "a",
            "builder": "BuildKit", "sbomFormat": "Spdx", "severityThreshold": "Critical", "engine": "Both",
            "deploy": { "type": "argocd", "application": "a-staging" },
            "tools": { "git": "g", "trivy": "t", "syft": "s", "cosign": "c" },
            "extraStages": [{ "name": "test", "image": "g", "script": "make test", "inputs": { "commit": { "kind": "Result", "name": "commit", "stage": "clone" } } }]
          }],
          "gitOps": { "repositoryUrl": "https://git.example.com/infra.git", "environments": [{ "stack": "staging", "autoSync": false }] }
        }
        """;

    [Fact]
    public void Deserialize_StackConfigJson_ProducesTypedArgs()
    {
        var args = JsonSerializer.Deserialize<CiPlatformArgs>(Json, Web)!;

        Assert.Equal("staging", args.Environment);
        Assert.Equal("c@sha256:aa", args.Tekton!.Images.Controller);
        var chain = args.SupplyChains.Single();
        Assert.Equal(ImageBuilder.BuildKit, chain.Builder);
        Assert.Equal(SbomFormat.Spdx, chain.SbomFormat);
        Assert.Equal(VulnerabilitySeverity.Critical, chain.SeverityThreshold);
        Assert.Equal(PipelineEngine.Both, chain.Engine);
        Assert.Equal(new ArgoCdSync("a-staging"), chain.Deploy);
        Assert.Equal(StageValue.Result("clone", "commit"), chain.ExtraStages.Single().Inputs["commit"]);
        Assert.False(args.GitOps!.Environments.Single().AutoSync);
        Assert.Null(args.ArgoWorkflows);
    }
}
