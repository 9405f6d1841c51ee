using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace Infra.Policy.Tests.Performance;

public sealed class KubernetesPackPerformanceTests(ITestOutputHelper output)
{
    private static string HardeningPack()
    {
        var sb = new StringBuilder("package k8s.hardening\n\n");
        string[] checks =
        [
            "c.securityContext.privileged == true",
            "c.securityContext.allowPrivilegeEscalation != false",
            "not c.securityContext.runAsNonRoot",
            "not c.securityContext.readOnlyRootFilesystem",
            "not c.resources.limits.cpu",
            "not c.resources.limits.memory",
            "not c.resources.requests.cpu",
            "not c.resources.requests.memory",
            "endswith(c.image, \":latest\")",
            "not contains(c.image, \":\")",
            "some cap in c.securityContext.capabilities.add; cap == \"SYS_ADMIN\"",
            "some cap in c.securityContext.capabilities.add; cap == \"NET_ADMIN\"",
            "some p in c.ports; p.hostPort > 0",
            "c.imagePullPolicy != \"Always\"",
            "not c.livenessProbe",
            "not c.readinessProbe",
        ];
        for (var i = 0; i < checks.Length; i++)
        {
            sb.Append($"deny contains msg if {{\n  some c in input.spec.containers\n  {checks[i]}\n  msg := sprintf(\"rule {i}: container %s\", [c.name])\n}}\n\n");
        }
        sb.Append("deny contains \"hostNetwork\" if input.spec.hostNetwork == true\n\n");
        sb.Append("deny contains \"hostPID\" if input.spec.hostPID == true\n\n");
        sb.Append("deny contains \"hostIPC\" if input.spec.hostIPC == true\n\n");
        sb.Append("deny contains msg if {\n  not input.metadata.labels.team\n  msg := $\"{input.metadata.name}: missing team label\"\n}\n");
        return sb.ToString();
    }

    private static JsonNode Resource(int i) => JsonNode.Parse($$$"""
        {"metadata": {"name": "pod-{{{i}}}", "labels": {{{(i % 3 == 0 ? "{}" : "{\"team\": \"a\"}")}}}},
         "spec": {"hostNetwork": {{{(i % 50 == 0 ? "true" : "false")}}},
           "containers": [{"name": "app", "image": "{{{(i % 7 == 0 ? "nginx:latest" : "nginx:1.27")}}}", "imagePullPolicy": "Always",
             "securityContext": {"privileged": {{{(i % 11 == 0 ? "true" : "false")}}}, "allowPrivilegeEscalation": false, "runAsNonRoot": true, "readOnlyRootFilesystem": true,
               "capabilities": {"add": ["NET_BIND_SERVICE"]}},
             "resources": {"limits": {"cpu": "1", "memory": "1Gi"}, "requests": {"cpu": "1", "memory": "1Gi"}},
             "ports": [{"containerPort": 80}], "livenessProbe": {}, "readinessProbe": {}}]}}
        """)!;

    [Fact]
    public async Task EvaluateAsync_TwentyRulePackOverTenThousandInputs_FinishesWithinBudget()
    {
        var engine = new RegoEngine();
        Assert.Empty(engine.AddModule("k8s.rego", HardeningPack()));
        var inputs = Enumerable.Range(0, 10_000).Select(Resource).ToList();
        await engine.EvaluateAsync("x := data.k8s.hardening.deny", inputs[0], CancellationToken.None);
        var sw = Stopwatch.StartNew();
        var denied = 0;
        foreach (var input in inputs)
        {
            var r = await engine.EvaluateAsync("x := data.k8s.hardening.deny", input, CancellationToken.None);
            if (r.Rows[0]["x"]!.AsArray().Count > 0) denied++;
        }
        sw.Stop();
        output.WriteLine($"10,000 inputs in {sw.ElapsedMilliseconds} ms, {denied} denied");
        Assert.True(denied > 0);
        // Timing is reported, not asserted: speed targets live in bench/ (the target is < 1 s on 2 idle cores).
    }
}
