using System.Text.Json.Nodes;
using Infra.Providers.Kubernetes.Live;

namespace Infra.Providers.Kubernetes.Tests.Live;

public sealed class ReadinessEvaluatorTests
{
    public static TheoryData<string, string, ReadinessStatus, string> Cases => new()
    {
        {
            "deployment stale generation",
            """{"kind":"Deployment","metadata":{"generation":4},"spec":{"replicas":2},"status":{"observedGeneration":3,"updatedReplicas":2,"availableReplicas":2,"replicas":2}}""",
            ReadinessStatus.Pending, "waiting for the controller to observe generation 4"
        },
        {
            "deployment old replicas",
            """{"kind":"Deployment","metadata":{"generation":2},"spec":{"replicas":2},"status":{"observedGeneration":2,"updatedReplicas":2,"availableReplicas":2,"replicas":3}}""",
            ReadinessStatus.Pending, "1 old replicas pending termination"
        },
        {
            "deployment deadline",
            """{"kind":"Deployment","spec":{},"status":{"conditions":[{"type":"Progressing","status":"False","reason":"ProgressDeadlineExceeded","message":"ReplicaSet \"web-5d\" has timed out progressing."}]}}""",
            ReadinessStatus.Failed, "progress deadline exceeded: ReplicaSet \"web-5d\" has timed out progressing."
        },
        {
            "statefulset rolling",
            """{"kind":"StatefulSet","metadata":{"generation":1},"spec":{"replicas":3},"status":{"observedGeneration":1,"readyReplicas":3,"updatedReplicas":1,"currentRevision":"db-1","updateRevision":"db-2"}}""",
            ReadinessStatus.Pending, "3/3 replicas ready, 1/3 updated, rolling out revision db-2"
        },
        {
            "statefulset done",
            """{"kind":"StatefulSet","metadata":{"generation":1},"spec":{"replicas":3},"status":{"observedGeneration":1,"readyReplicas":3,"updatedReplicas":3,"currentRevision":"db-2","updateRevision":"db-2"}}""",
            ReadinessStatus.Ready, "3/3 replicas ready, 3/3 updated"
        },
        {
            "statefulset not ready",
            """{"kind":"StatefulSet","metadata":{"generation":1},"spec":{"replicas":3},"status":{"observedGeneration":1,"readyReplicas":1,"updatedReplicas":3}}""",
            ReadinessStatus.Pending, "1/3 replicas ready, 3/3 updated"
        },
        {
            "daemonset",
            """{"kind":"DaemonSet","metadata":{"generation":1},"status":{"observedGeneration":1,"desiredNumberScheduled":4,"updatedNumberScheduled":4,"numberAvailable":3}}""",
            ReadinessStatus.Pending, "3/4 pods available, 4/4 updated"
        },
        {
            "job running",
            """{"kind":"Job","spec":{"completions":5},"status":{"succeeded":2,"active":3}}""",
            ReadinessStatus.Pending, "2/5 completions, 3 active"
        },
        {
            "job complete",
            """{"kind":"Job","status":{"succeeded":1,"conditions":[{"type":"Complete","status":"True"}]}}""",
            ReadinessStatus.Ready, "complete"
        },
        {
            "crd names conflict",
            """{"kind":"CustomResourceDefinition","status":{"conditions":[{"type":"NamesAccepted","status":"False","message":"\"widgets\" is already in use"}]}}""",
            ReadinessStatus.Failed, "names not accepted: \"widgets\" is already in use"
        },
        {
            "load balancer pending",
            """{"kind":"Service","spec":{"type":"LoadBalancer"},"status":{"loadBalancer":{}}}""",
            ReadinessStatus.Pending, "waiting for the load balancer address"
        },
        {
            "load balancer ready",
            """{"kind":"Service","spec":{"type":"LoadBalancer"},"status":{"loadBalancer":{"ingress":[{"ip":"203.0.113.7"}]}}}""",
            ReadinessStatus.Ready, "load balancer provisioned"
        },
        {
            "crossplane bucket not ready",
            """{"kind":"Bucket","status":{"conditions":[{"type":"Synced","status":"True"},{"type":"Ready","status":"False","reason":"Creating","message":"creating bucket"}]}}""",
            ReadinessStatus.Pending, "not ready: Creating: creating bucket"
        },
        {
            "crossplane bucket ready",
            """{"kind":"Bucket","status":{"conditions":[{"type":"Ready","status":"True","reason":"Available"}]}}""",
            ReadinessStatus.Ready, "ready"
        },
        {
            "configmap exists",
            """{"kind":"ConfigMap","data":{"a":"b"}}""",
            ReadinessStatus.Ready, "exists"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Evaluate_LiveStatus_ReturnsExpectedState(string scenario, string live, ReadinessStatus status, string message)
    {
        var state = ReadinessEvaluator.Evaluate(JsonNode.Parse(live)!.AsObject());

        Assert.Equal(new ReadinessState(status, message), state);
        Assert.NotNull(scenario);
    }
}
