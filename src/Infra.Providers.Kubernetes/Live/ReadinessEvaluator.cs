using System.Text.Json.Nodes;
using static Infra.Providers.Kubernetes.Manifests.JsonRead;

namespace Infra.Providers.Kubernetes.Live;

/// <summary>
/// Decides from a live object's status whether it is ready: Deployment available, StatefulSet and
/// DaemonSet rolled out, Job complete, CRD established, Pod ready, LoadBalancer Service with an
/// address; other kinds (custom resources included) are ready once they exist and any
/// <c>Ready</c> condition they report is True.
/// </summary>
public static class ReadinessEvaluator
{
    /// <summary>Evaluates a live object.</summary>
    public static ReadinessState Evaluate(JsonObject live)
    {
        var kind = Text(live["kind"]) ?? string.Empty;
        var generation = Long(live["metadata"]?["generation"]);
        var observed = Long(live["status"]?["observedGeneration"]);
        if (kind is "Deployment" or "StatefulSet" or "DaemonSet" && generation is not null && (observed ?? 0) < generation)
        {
            return Pending($"waiting for the controller to observe generation {generation}");
        }

        return kind switch
        {
            "Deployment" => Deployment(live),
            "StatefulSet" => StatefulSet(live),
            "DaemonSet" => DaemonSet(live),
            "Job" => Job(live),
            "CustomResourceDefinition" => CustomResourceDefinition(live),
            "Pod" => Pod(live),
            "Service" => Service(live),
            _ => Generic(live),
        };
    }

    private static ReadinessState Deployment(JsonObject live)
    {
        var status = live["status"];
        var progressing = Condition(live, "Progressing");
        if (progressing is not null && Text(progressing["reason"]) == "ProgressDeadlineExceeded")
        {
            return new ReadinessState(ReadinessStatus.Failed, $"progress deadline exceeded: {Text(progressing["message"])}");
        }

        var replicas = Long(live["spec"]?["replicas"]) ?? 1;
        var updated = Long(status?["updatedReplicas"]) ?? 0;
        var total = Long(status?["replicas"]) ?? 0;
        var available = Long(status?["availableReplicas"]) ?? 0;
        if (updated < replicas)
        {
            return Pending($"{updated}/{replicas} replicas updated");
        }

        if (total > updated)
        {
            return Pending($"{total - updated} old replicas pending termination");
        }

        if (available < replicas)
        {
            return Pending($"{available}/{replicas} replicas available");
        }

        return Text(Condition(live, "Available")?["status"]) == "True" || replicas == 0
            ? new ReadinessState(ReadinessStatus.Ready, $"{available}/{replicas} replicas available")
            : Pending("waiting for the Available condition");
    }

    private static ReadinessState StatefulSet(JsonObject live)
    {
        var status = live["status"];
        var replicas = Long(live["spec"]?["replicas"]) ?? 1;
        var ready = Long(status?["readyReplicas"]) ?? 0;
        var updated = Long(status?["updatedReplicas"]) ?? 0;
        var message = $"{ready}/{replicas} replicas ready, {updated}/{replicas} updated";
        if (ready < replicas)
        {
            return Pending(message);
        }

        if (Text(live["spec"]?["updateStrategy"]?["type"]) == "OnDelete")
        {
            return new ReadinessState(ReadinessStatus.Ready, message);
        }

        var current = Text(status?["currentRevision"]);
        var target = Text(status?["updateRevision"]);
        return updated >= replicas && (current is null || target is null || current == target)
            ? new ReadinessState(ReadinessStatus.Ready, message)
            : Pending($"{message}, rolling out revision {target}");
    }

    private static ReadinessState DaemonSet(JsonObject live)
    {
        var status = live["status"];
        var desired = Long(status?["desiredNumberScheduled"]) ?? 0;
        var updated = Long(status?["updatedNumberScheduled"]) ?? 0;
        var available = Long(status?["numberAvailable"]) ?? 0;
        var message = $"{available}/{desired} pods available, {updated}/{desired} updated";
        return updated >= desired && available >= desired ? new ReadinessState(ReadinessStatus.Ready, message) : Pending(message);
    }

    private static ReadinessState Job(JsonObject live)
    {
        if (ConditionIsTrue(live, "Complete"))
        {
            return new ReadinessState(ReadinessStatus.Ready, "complete");
        }

        var failed = Condition(live, "Failed");
        if (Text(failed?["status"]) == "True")
        {
            return new ReadinessState(ReadinessStatus.Failed, $"job failed: {Text(failed!["reason"])}: {Text(failed["message"])}");
        }

        var completions = Long(live["spec"]?["completions"]) ?? 1;
        var succeeded = Long(live["status"]?["succeeded"]) ?? 0;
        var active = Long(live["status"]?["active"]) ?? 0;
        return Pending($"{succeeded}/{completions} completions, {active} active");
    }

    private static ReadinessState CustomResourceDefinition(JsonObject live)
    {
        var names = Condition(live, "NamesAccepted");
        if (Text(names?["status"]) == "False")
        {
            return new ReadinessState(ReadinessStatus.Failed, $"names not accepted: {Text(names!["message"])}");
        }

        return ConditionIsTrue(live, "Established") ? new ReadinessState(ReadinessStatus.Ready, "established") : Pending("waiting for the Established condition");
    }

    private static ReadinessState Pod(JsonObject live)
    {
        var phase = Text(live["status"]?["phase"]);
        return phase switch
        {
            "Succeeded" => new ReadinessState(ReadinessStatus.Ready, "succeeded"),
            "Failed" => new ReadinessState(ReadinessStatus.Failed, $"pod failed: {Text(live["status"]?["message"])}"),
            _ => ConditionIsTrue(live, "Ready") ? new ReadinessState(ReadinessStatus.Ready, "ready") : Pending($"phase {phase ?? "Pending"}"),
        };
    }

    private static ReadinessState Service(JsonObject live)
    {
        if (Text(live["spec"]?["type"]) != "LoadBalancer")
        {
            return new ReadinessState(ReadinessStatus.Ready, "exists");
        }

        return live["status"]?["loadBalancer"]?["ingress"] is JsonArray { Count: > 0 }
            ? new ReadinessState(ReadinessStatus.Ready, "load balancer provisioned")
            : Pending("waiting for the load balancer address");
    }

    // Crossplane managed resources, cert-manager Certificates, Flux objects and many others
    // report a Ready condition; kinds without one are ready as soon as they exist.
    private static ReadinessState Generic(JsonObject live)
    {
        var ready = Condition(live, "Ready");
        if (ready is null)
        {
            return new ReadinessState(ReadinessStatus.Ready, "exists");
        }

        var generation = Long(live["metadata"]?["generation"]);
        var observed = Long(live["status"]?["observedGeneration"]);
        if (generation is not null && observed is not null && observed < generation)
        {
            return Pending($"waiting for the controller to observe generation {generation}");
        }

        return Text(ready["status"]) == "True"
            ? new ReadinessState(ReadinessStatus.Ready, "ready")
            : Pending($"not ready: {Text(ready["reason"]) ?? "Unknown"}{(Text(ready["message"]) is { } message ? ": " + message : string.Empty)}");
    }

    private static ReadinessState Pending(string message) => new(ReadinessStatus.Pending, message);

    private static bool ConditionIsTrue(JsonObject live, string type) => Text(Condition(live, type)?["status"]) == "True";

    private static JsonObject? Condition(JsonObject live, string type) =>
        (live["status"]?["conditions"] as JsonArray)?.OfType<JsonObject>().FirstOrDefault(c => Text(c["type"]) == type);
}
