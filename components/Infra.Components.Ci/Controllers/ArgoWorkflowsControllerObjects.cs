using System.Globalization;
using Infra.Components.Ci.Workloads;
using k8s;
using k8s.Models;
using static Infra.Components.Ci.Controllers.KubernetesObjects;

namespace Infra.Components.Ci.Controllers;

/// <summary>The runtime objects of the Argo Workflows controller: namespace, account, RBAC, controller ConfigMap, Deployment.</summary>
internal static class ArgoWorkflowsControllerObjects
{
    internal const string ControllerName = "workflow-controller";
    internal const string ConfigMapName = "workflow-controller-configmap";
    private const string ServiceAccountName = "argo";

    internal static IReadOnlyList<IKubernetesObject<V1ObjectMeta>> Build(ArgoWorkflowsControllerArgs args)
    {
        var field = $"argoWorkflowsController[{args.Environment}]";
        var controller = ImageReference.Parse(args.ControllerImage, field + ".controllerImage").ToString();
        var executor = ImageReference.Parse(args.ExecutorImage, field + ".executorImage").ToString();
        var ns = args.Namespace;
        var labels = new Dictionary<string, string>
        {
            ["app.kubernetes.io/part-of"] = "argo-workflows",
            ["app.kubernetes.io/managed-by"] = "infra",
            ["infra.dev/environment"] = args.Environment,
        };
        var sizing = args.Sizing ?? ControllerSizing.For(args.Environment);
        var config = new Dictionary<string, string>
        {
            ["parallelism"] = args.Parallelism.ToString(CultureInfo.InvariantCulture),
            // Executor sidecars and init containers get the same restricted context as the controller.
            ["executor"] = "securityContext:\n  runAsNonRoot: true\n  runAsUser: 8737\n  allowPrivilegeEscalation: false\n  readOnlyRootFilesystem: true\n  capabilities:\n    drop: [\"ALL\"]\n  seccompProfile:\n    type: RuntimeDefault\n",
        };
        if (args.ArtifactRepository is { } repository)
        {
            config["artifactRepository"] = repository.ToConfigYaml();
        }
        var commandArgs = new List<string> { "--configmap", ConfigMapName, "--executor-image", executor };
        if (args.NamespacedInstall)
        {
            commandArgs.AddRange(["--namespaced"]);
        }
        var container = new V1Container
        {
            Name = ControllerName,
            Image = controller,
            Command = ["workflow-controller"],
            Args = commandArgs,
            Env = [FieldEnv("LEADER_ELECTION_IDENTITY", "metadata.name")],
            Ports = [new V1ContainerPort { Name = "metrics", ContainerPort = 9090 }, new V1ContainerPort { Name = "healthz", ContainerPort = 6060 }],
            LivenessProbe = new V1Probe { HttpGet = new V1HTTPGetAction { Path = "/healthz", Port = "healthz" }, InitialDelaySeconds = 90, PeriodSeconds = 60, TimeoutSeconds = 30 },
        };
        var rules = new[]
        {
            Rule("", ["pods", "pods/exec"], ReadWrite),
            Rule("", ["configmaps", "secrets", "serviceaccounts"], ReadOnly),
            Rule("", ["persistentvolumeclaims", "persistentvolumeclaims/finalizers"], ReadWrite),
            Rule("", ["events"], ["create", "patch"]),
            Rule("argoproj.io", ["workflows", "workflows/finalizers", "workflowtasksets", "workflowtasksets/finalizers", "workflowartifactgctasks", "workflowtaskresults"], ReadWrite),
            Rule("argoproj.io", ["workflowtemplates", "workflowtemplates/finalizers", "clusterworkflowtemplates", "clusterworkflowtemplates/finalizers", "cronworkflows", "cronworkflows/finalizers"], ReadOnly),
            Rule("argoproj.io", ["workflowtasksets/status", "workflowartifactgctasks/status", "cronworkflows"], ["update", "patch"]),
            Rule("policy", ["poddisruptionbudgets"], ["create", "get", "delete"]),
            Rule("coordination.k8s.io", ["leases"], ReadWrite),
        };
        IKubernetesObject<V1ObjectMeta> role = args.NamespacedInstall
            ? new V1Role { ApiVersion = "rbac.authorization.k8s.io/v1", Kind = "Role", Metadata = Meta("argo-role", ns, labels), Rules = rules.ToList() }
            : ClusterRole("argo-cluster-role", labels, rules);
        IKubernetesObject<V1ObjectMeta> binding = args.NamespacedInstall
            ? new V1RoleBinding
            {
                ApiVersion = "rbac.authorization.k8s.io/v1",
                Kind = "RoleBinding",
                Metadata = Meta("argo-binding", ns, labels),
                RoleRef = new V1RoleRef { ApiGroup = "rbac.authorization.k8s.io", Kind = "Role", Name = "argo-role" },
                Subjects = [new Rbacv1Subject { Kind = "ServiceAccount", Name = ServiceAccountName, NamespaceProperty = ns }],
            }
            : ClusterRoleBinding("argo-binding", "argo-cluster-role", ServiceAccountName, ns, labels);
        return
        [
            Namespace(ns, labels),
            ServiceAccount(ServiceAccountName, ns, labels),
            role,
            binding,
            ConfigMap(ConfigMapName, ns, labels, config),
            ControllerDeployment(ControllerName, ns, labels, ServiceAccountName, sizing, container),
        ];
    }
}
