using System.Globalization;
using Infra.Components.Ci.Workloads;
using k8s;
using k8s.Models;
using static Infra.Components.Ci.Controllers.KubernetesObjects;

namespace Infra.Components.Ci.Controllers;

/// <summary>The runtime objects of the Tekton Pipelines controller: namespace, account, RBAC, config maps, Deployment.</summary>
internal static class TektonControllerObjects
{
    internal const string ControllerName = "tekton-pipelines-controller";

    /// <summary>Defaults of the feature-flags ConfigMap (keys as read by the controller's config package).</summary>
    internal static IReadOnlyDictionary<string, string> DefaultFeatureFlags { get; } = new Dictionary<string, string>
    {
        ["enable-api-fields"] = "stable",
        ["coschedule"] = "workspaces",
        ["disable-creds-init"] = "false",
        ["await-sidecar-readiness"] = "true",
        ["running-in-environment-with-injected-sidecars"] = "true",
        ["require-git-ssh-secret-known-hosts"] = "false",
        ["enable-tekton-oci-bundles"] = "false",
        ["enforce-nonfalsifiability"] = "none",
        ["results-from"] = "termination-message",
        ["set-security-context"] = "true",
        ["keep-pod-on-cancel"] = "false",
        ["enable-step-actions"] = "true",
    };

    internal static IReadOnlyList<IKubernetesObject<V1ObjectMeta>> Build(TektonPipelinesControllerArgs args)
    {
        var field = $"tektonController[{args.Environment}].images";
        var images = args.Images;
        var controller = ImageReference.Parse(images.Controller, field + ".controller").ToString();
        var ns = args.Namespace;
        var labels = new Dictionary<string, string>
        {
            ["app.kubernetes.io/part-of"] = "tekton-pipelines",
            ["app.kubernetes.io/managed-by"] = "infra",
            ["infra.dev/environment"] = args.Environment,
        };
        var flags = DefaultFeatureFlags.Concat(args.FeatureFlags).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.Last().Value);
        var sizing = args.Sizing ?? ControllerSizing.For(args.Environment);
        var container = new V1Container
        {
            Name = "controller",
            Image = controller,
            Args =
            [
                "-entrypoint-image", ImageReference.Parse(images.Entrypoint, field + ".entrypoint").ToString(),
                "-nop-image", ImageReference.Parse(images.Nop, field + ".nop").ToString(),
                "-sidecarlogresults-image", ImageReference.Parse(images.SidecarLogResults, field + ".sidecarLogResults").ToString(),
                "-workingdirinit-image", ImageReference.Parse(images.WorkingDirInit, field + ".workingDirInit").ToString(),
                "-shell-image", ImageReference.Parse(images.Shell, field + ".shell").ToString(),
            ],
            Env =
            [
                FieldEnv("SYSTEM_NAMESPACE", "metadata.namespace"),
                Env("CONFIG_DEFAULTS_NAME", "config-defaults"),
                Env("CONFIG_LOGGING_NAME", "config-logging"),
                Env("CONFIG_OBSERVABILITY_NAME", "config-observability"),
                Env("CONFIG_FEATURE_FLAGS_NAME", "feature-flags"),
                Env("CONFIG_LEADERELECTION_NAME", "config-leader-election-controller"),
                Env("METRICS_DOMAIN", "tekton.dev/pipeline"),
            ],
            Ports = [new V1ContainerPort { Name = "metrics", ContainerPort = 9090 }, new V1ContainerPort { Name = "probes", ContainerPort = 8080 }],
            LivenessProbe = new V1Probe { HttpGet = new V1HTTPGetAction { Path = "/health", Port = "probes" } },
            ReadinessProbe = new V1Probe { HttpGet = new V1HTTPGetAction { Path = "/readiness", Port = "probes" } },
        };
        return
        [
            Namespace(ns, labels),
            ServiceAccount(ControllerName, ns, labels),
            ClusterRole(ControllerName + "-cluster-access", labels,
            [
                Rule("", ["pods", "persistentvolumeclaims"], ReadWrite),
                Rule("", ["pods/log", "namespaces", "secrets", "serviceaccounts", "configmaps", "limitranges"], ReadOnly),
                Rule("", ["events"], ["create", "update", "patch"]),
                Rule("tekton.dev", ["tasks", "pipelines", "taskruns", "pipelineruns", "customruns", "stepactions"], ReadOnly),
                Rule("tekton.dev", ["taskruns", "pipelineruns", "customruns", "taskruns/status", "pipelineruns/status", "customruns/status", "taskruns/finalizers", "pipelineruns/finalizers"], ReadWrite),
                Rule("apps", ["statefulsets"], ReadWrite),
                Rule("coordination.k8s.io", ["leases"], ReadWrite),
            ]),
            ClusterRoleBinding(ControllerName + "-cluster-access", ControllerName + "-cluster-access", ControllerName, ns, labels),
            ConfigMap("feature-flags", ns, labels, flags),
            ConfigMap("config-defaults", ns, labels, new Dictionary<string, string>
            {
                ["default-timeout-minutes"] = args.DefaultTimeoutMinutes.ToString(CultureInfo.InvariantCulture),
                ["default-service-account"] = args.DefaultServiceAccount,
            }),
            ConfigMap("config-logging", ns, labels, new Dictionary<string, string> { ["loglevel.controller"] = args.Environment == "prod" ? "info" : "debug" }),
            ConfigMap("config-observability", ns, labels, new Dictionary<string, string> { ["metrics.backend-destination"] = "prometheus" }),
            ConfigMap("config-leader-election-controller", ns, labels, new Dictionary<string, string> { ["buckets"] = sizing.Replicas.ToString(CultureInfo.InvariantCulture) }),
            ControllerDeployment(ControllerName, ns, labels, ControllerName, sizing, container),
        ];
    }
}
