using System.Text.Json.Nodes;
using Infra.Providers.Kubernetes.Diff;

namespace Infra.Providers.Kubernetes.Tests.Diff;

public sealed class SemanticDiffTests
{
    private const string Deployment = """
        {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"web","namespace":"prod","labels":{"app":"web","tier":"front"}},
         "spec":{"replicas":3,"selector":{"matchLabels":{"app":"web"}},
          "template":{"metadata":{"labels":{"app":"web"}},"spec":{"containers":[
            {"name":"web","image":"nginx:1.27","resources":{"limits":{"memory":"1Gi","cpu":"1"}},"env":[{"name":"A","value":"1"},{"name":"B","value":"$(A)"}]},
            {"name":"sidecar","image":"envoy:1.30"}]}}}}
        """;

    // old manifest -> edit applied to produce the new one (JSON path = JSON value) -> expected changed paths
    public static TheoryData<string, string, string[]> DesiredCases => new()
    {
        { "key order only", "", [] },
        { "equal quantity", "spec.template.spec.containers[0].resources.limits.memory=\"1024Mi\"", [] },
        { "equal cpu quantity as number", "spec.template.spec.containers[0].resources.limits.cpu=1", [] },
        { "equal cpu quantity millis", "spec.template.spec.containers[0].resources.limits.cpu=\"1000m\"", [] },
        { "different quantity", "spec.template.spec.containers[0].resources.limits.memory=\"2Gi\"", ["spec.template.spec.containers[name=web].resources.limits.memory"] },
        { "image", "spec.template.spec.containers[1].image=\"envoy:1.31\"", ["spec.template.spec.containers[name=sidecar].image"] },
        { "explicit default replicas removed", "spec.replicas=null", ["spec.replicas"] },
        { "default protocol added", "spec.template.spec.containers[0].ports=[{\"containerPort\":80,\"protocol\":\"TCP\"}]", ["spec.template.spec.containers[name=web].ports"] },
        { "default restart policy added", "spec.template.spec.restartPolicy=\"Always\"", [] },
        { "default strategy added", "spec.strategy={\"type\":\"RollingUpdate\",\"rollingUpdate\":{\"maxSurge\":\"25%\",\"maxUnavailable\":\"25%\"}}", [] },
        { "non-default strategy", "spec.strategy={\"type\":\"Recreate\"}", ["spec.strategy.type"] },
        { "empty map equals absent", "metadata.annotations={}", [] },
        { "label removed", "metadata.labels.tier=null", ["metadata.labels.tier"] },
        { "env order matters", "spec.template.spec.containers[0].env=[{\"name\":\"B\",\"value\":\"$(A)\"},{\"name\":\"A\",\"value\":\"1\"}]", ["spec.template.spec.containers[name=web].env"] },
        { "number formatting", "spec.replicas=3.0", [] },
    };

    [Theory]
    [MemberData(nameof(DesiredCases))]
    public void Compare_DesiredEdit_ReportsOnlySemanticChanges(string scenario, string edit, string[] expected)
    {
        var old = JsonNode.Parse(Deployment)!.AsObject();
        var @new = Reordered(old);
        Apply(@new, edit);

        var result = SemanticDiff.Compare(old, @new);

        Assert.True(expected.SequenceEqual(result.ChangedPaths), $"{scenario}: got [{string.Join(", ", result.ChangedPaths)}]");
        Assert.False(result.RequiresReplacement, scenario);
    }

    [Fact]
    public void Compare_ContainersReordered_NoChange()
    {
        var old = JsonNode.Parse(Deployment)!.AsObject();
        var @new = old.DeepClone().AsObject();
        var containers = @new["spec"]!["template"]!["spec"]!["containers"]!.AsArray();
        var first = containers[0]!.DeepClone();
        containers.RemoveAt(0);
        containers.Add(first);

        Assert.False(SemanticDiff.Compare(old, @new).HasChanges);
    }

    [Fact]
    public void Compare_NoOld_ReportsCreateWithoutReplacement()
    {
        var result = SemanticDiff.Compare(null, JsonNode.Parse(Deployment)!.AsObject());

        Assert.Equal(["apiVersion", "kind", "metadata", "spec"], result.ChangedPaths);
        Assert.False(result.RequiresReplacement);
    }

    [Fact]
    public void Compare_LiveObjectWithServerFields_NoChange()
    {
        var desired = JsonNode.Parse(Deployment)!.AsObject();
        var live = desired.DeepClone().AsObject();
        Apply(live, "metadata.uid=\"6f1f4a3e\"");
        Apply(live, "metadata.resourceVersion=\"48213\"");
        Apply(live, "metadata.annotations={\"deployment.kubernetes.io/revision\":\"4\"}");
        Apply(live, "metadata.managedFields=[{\"manager\":\"infra\",\"operation\":\"Apply\"}]");
        Apply(live, "spec.progressDeadlineSeconds=600");
        Apply(live, "spec.template.spec.schedulerName=\"default-scheduler\"");
        Apply(live, "spec.template.spec.containers[0].imagePullPolicy=\"IfNotPresent\"");
        Apply(live, "spec.template.spec.containers[0].resources.limits.memory=\"1024Mi\"");
        Apply(live, "status={\"replicas\":3,\"availableReplicas\":3}");

        var result = SemanticDiff.Compare(live, desired, DiffMode.Live);

        Assert.False(result.HasChanges, string.Join(", ", result.ChangedPaths));
    }

    [Fact]
    public void Compare_LiveObjectWithInjectedSidecar_NoDriftButMissingContainerIsDrift()
    {
        var desired = JsonNode.Parse(Deployment)!.AsObject();
        var live = desired.DeepClone().AsObject();
        live["spec"]!["template"]!["spec"]!["containers"]!.AsArray().Add(new JsonObject { ["name"] = "istio-proxy", ["image"] = "istio/proxyv2:1.24" });

        Assert.False(SemanticDiff.Compare(live, desired, DiffMode.Live).HasChanges);

        live["spec"]!["template"]!["spec"]!["containers"]!.AsArray().RemoveAt(1);
        Assert.Equal(["spec.template.spec.containers[name=sidecar]"], SemanticDiff.Compare(live, desired, DiffMode.Live).ChangedPaths);
    }

    [Fact]
    public void Compare_LiveObjectDrifted_ReportsDrift()
    {
        var desired = JsonNode.Parse(Deployment)!.AsObject();
        var live = desired.DeepClone().AsObject();
        Apply(live, "spec.replicas=5");
        Apply(live, "spec.template.spec.containers[0].image=\"nginx:latest\"");

        var result = SemanticDiff.Compare(live, desired, DiffMode.Live);

        Assert.Equal(["spec.replicas", "spec.template.spec.containers[name=web].image"], result.ChangedPaths);
    }

    public static TheoryData<string, string, string, string[]> ReplacementCases => new()
    {
        { "statefulset volumeClaimTemplates", StatefulSet, "spec.volumeClaimTemplates[0].spec.resources.requests.storage=\"20Gi\"", ["spec.volumeClaimTemplates[0].spec.resources.requests.storage"] },
        { "statefulset serviceName", StatefulSet, "spec.serviceName=\"db-headless\"", ["spec.serviceName"] },
        { "statefulset replicas is mutable", StatefulSet, "spec.replicas=5", [] },
        { "service clusterIP", Service, "spec.clusterIP=\"10.96.0.20\"", ["spec.clusterIP"] },
        { "service ports mutable", Service, "spec.ports[0].port=8080", [] },
        { "deployment selector", Deployment, "spec.selector.matchLabels.app=\"web2\"", ["spec.selector.matchLabels.app"] },
        { "deployment rename", Deployment, "metadata.name=\"web2\"", ["metadata.name"] },
        { "deployment namespace", Deployment, "metadata.namespace=\"staging\"", ["metadata.namespace"] },
        { "deployment version bump", Deployment, "apiVersion=\"apps/v1beta2\"", [] },
        { "job template", Job, "spec.template.spec.containers[0].image=\"migrate:2\"", ["spec.template.spec.containers[name=m].image"] },
        { "pvc storage is mutable", Pvc, "spec.resources.requests.storage=\"20Gi\"", [] },
        { "pvc storageClass", Pvc, "spec.storageClassName=\"fast\"", ["spec.storageClassName"] },
        { "immutable configmap data", ImmutableConfigMap, "data.key=\"v2\"", ["data.key"] },
        { "mutable configmap data", MutableConfigMap, "data.key=\"v2\"", [] },
        { "group change", Crossplane, "apiVersion=\"s3.aws.upbound.io/v1beta2\"", [] },
        { "crossplane group change", Crossplane, "apiVersion=\"s3.aws.m.upbound.io/v1beta1\"", ["apiVersion"] },
    };

    [Theory]
    [MemberData(nameof(ReplacementCases))]
    public void Compare_ImmutableFieldChange_FlagsReplacement(string scenario, string manifest, string edit, string[] replacementPaths)
    {
        var old = JsonNode.Parse(manifest)!.AsObject();
        var @new = old.DeepClone().AsObject();
        Apply(@new, edit);

        var result = SemanticDiff.Compare(old, @new);

        Assert.True(result.HasChanges, scenario);
        Assert.True(replacementPaths.SequenceEqual(result.ReplacementPaths), $"{scenario}: got [{string.Join(", ", result.ReplacementPaths)}]");
    }

    private const string StatefulSet = """
        {"apiVersion":"apps/v1","kind":"StatefulSet","metadata":{"name":"db","namespace":"prod"},"spec":{"replicas":3,"serviceName":"db","selector":{"matchLabels":{"app":"db"}},
         "template":{"metadata":{"labels":{"app":"db"}},"spec":{"containers":[{"name":"pg","image":"postgres:17"}]}},
         "volumeClaimTemplates":[{"metadata":{"name":"data"},"spec":{"accessModes":["ReadWriteOnce"],"resources":{"requests":{"storage":"10Gi"}}}}]}}
        """;

    private const string Service = """
        {"apiVersion":"v1","kind":"Service","metadata":{"name":"web","namespace":"prod"},"spec":{"clusterIP":"10.96.0.10","selector":{"app":"web"},"ports":[{"port":80,"targetPort":8080}]}}
        """;

    private const string Job = """
        {"apiVersion":"batch/v1","kind":"Job","metadata":{"name":"migrate","namespace":"prod"},"spec":{"template":{"spec":{"restartPolicy":"Never","containers":[{"name":"m","image":"migrate:1"}]}}}}
        """;

    private const string Pvc = """
        {"apiVersion":"v1","kind":"PersistentVolumeClaim","metadata":{"name":"data","namespace":"prod"},"spec":{"accessModes":["ReadWriteOnce"],"storageClassName":"standard","resources":{"requests":{"storage":"10Gi"}}}}
        """;

    private const string ImmutableConfigMap = """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"cfg","namespace":"prod"},"immutable":true,"data":{"key":"v1"}}""";

    private const string MutableConfigMap = """{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"cfg","namespace":"prod"},"data":{"key":"v1"}}""";

    private const string Crossplane = """
        {"apiVersion":"s3.aws.upbound.io/v1beta1","kind":"Bucket","metadata":{"name":"logs"},"spec":{"forProvider":{"region":"eu-west-1"}}}
        """;

    // Rebuilds every object with its keys in reverse order, so tests also prove order does not matter.
    private static JsonObject Reordered(JsonObject source)
    {
        var copy = new JsonObject();
        foreach (var (key, value) in source.Reverse())
        {
            copy[key] = value switch
            {
                JsonObject map => Reordered(map),
                JsonArray list => new JsonArray(list.Select(i => i is JsonObject m ? Reordered(m) : i?.DeepClone()).ToArray()),
                _ => value?.DeepClone(),
            };
        }

        return copy;
    }

    // Applies "a.b[0].c=<json>" (JSON null removes the field).
    private static void Apply(JsonObject target, string edit)
    {
        if (edit.Length == 0)
        {
            return;
        }

        var equals = edit.IndexOf('=');
        var segments = edit[..equals].Replace("[", ".[").Split('.');
        var value = JsonNode.Parse(edit[(equals + 1)..]);
        JsonNode parent = target;
        for (var i = 0; i < segments.Length - 1; i++)
        {
            var segment = segments[i];
            parent = segment.StartsWith('[')
                ? parent.AsArray()[int.Parse(segment.Trim('[', ']'), System.Globalization.CultureInfo.InvariantCulture)]!
                : parent[segment] ?? (parent[segment] = new JsonObject());
        }

        var last = segments[^1];
        if (value is null)
        {
            parent.AsObject().Remove(last);
        }
        else
        {
            parent[last] = value;
        }
    }
}
