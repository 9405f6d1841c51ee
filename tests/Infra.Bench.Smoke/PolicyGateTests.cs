using System.Text.Json.Nodes;
using Infra.Bench;
using Infra.Bench.Stack;
using Xunit;

namespace Infra.Bench.Smoke;

/// <summary>The bench's hardening pack denies what it should over a saved-plan-shaped input.</summary>
public sealed class PolicyGateTests
{
    public static TheoryData<string, Action<JsonObject>, int> Plans => new()
    {
        { "compliant", _ => { }, 0 },
        { "privileged", d => Container(d)["securityContext"]!["privileged"] = true, 3 },
        { "latest image", d => Container(d)["image"] = "registry.example/bench/app:latest", 3 },
        { "foreign registry", d => Container(d)["image"] = "docker.io/library/nginx:1.27", 3 },
        { "no memory limit", d => Container(d)["resources"]!["limits"]!.AsObject().Remove("memory"), 3 },
        { "host network", d => Pod(d)["hostNetwork"] = true, 3 },
        { "token automount", d => Pod(d).Remove("automountServiceAccountToken"), 3 },
    };

    [Theory]
    [MemberData(nameof(Plans))]
    public async Task RunAsync_PlanWithOneDeployment_ExitCodeMatchesViolations(string name, Action<JsonObject> mutate, int expected)
    {
        var deployment = (JsonObject)JsonNode.Parse(Infra.Providers.Kubernetes.Manifests.KubernetesManifest.FromModel(UnitModels.For(1, new BenchShape(3, false, 0)).ElementAt(1)).ToJsonString())!;
        mutate(deployment);
        var plan = new JsonObject { ["steps"] = new JsonArray(new JsonObject { ["kind"] = "create", ["newInputs"] = new JsonObject { ["manifest"] = deployment } }) };
        var file = Path.Combine(Path.GetTempPath(), $"bench-plan-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, plan.ToJsonString());
        try
        {
            var pack = Path.Combine(RepositoryRoot.Find(AppContext.BaseDirectory), "bench", "policy");

            var code = await PolicyGate.RunAsync([file, pack], CancellationToken.None);

            Assert.True(code == expected, $"{name}: exit {code}, expected {expected}");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static JsonObject Pod(JsonObject deployment) => deployment["spec"]!["template"]!["spec"]!.AsObject();

    private static JsonObject Container(JsonObject deployment) => Pod(deployment)["containers"]![0]!.AsObject();
}
