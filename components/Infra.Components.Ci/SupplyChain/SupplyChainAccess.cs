using k8s;
using k8s.Models;

namespace Infra.Components.Ci.SupplyChain;

/// <summary>
/// The service account pipeline pods (and the EventListener) run as, with a Role limited to what the stages need:
/// read the cosign key Secret (cosign's <c>k8s://</c> key reference), create runs from the webhook trigger.
/// </summary>
internal static class SupplyChainAccess
{
    internal static IReadOnlyList<IKubernetesObject<V1ObjectMeta>> Build(SupplyChainPipelineArgs args)
    {
        var labels = new Dictionary<string, string> { ["app.kubernetes.io/part-of"] = args.Name, ["app.kubernetes.io/managed-by"] = "infra" };
        V1ObjectMeta Meta(string name) => new() { Name = name, NamespaceProperty = args.Namespace, Labels = new Dictionary<string, string>(labels) };
        var rules = new List<V1PolicyRule>
        {
            new() { ApiGroups = [""], Resources = ["secrets"], ResourceNames = [args.CosignKeySecret], Verbs = ["get"] },
        };
        if (args.WebhookTrigger)
        {
            rules.Add(new() { ApiGroups = ["tekton.dev"], Resources = ["pipelineruns"], Verbs = ["create"] });
            rules.Add(new() { ApiGroups = ["triggers.tekton.dev"], Resources = ["eventlisteners", "triggerbindings", "triggertemplates", "triggers", "interceptors"], Verbs = ["get", "list", "watch"] });
            rules.Add(new() { ApiGroups = [""], Resources = ["configmaps", "serviceaccounts"], Verbs = ["get", "list", "watch"] });
            rules.Add(new() { ApiGroups = [""], Resources = ["secrets"], ResourceNames = [args.WebhookSecret], Verbs = ["get"] });
        }
        var role = $"{args.Name}-runner";
        return
        [
            new V1ServiceAccount { ApiVersion = "v1", Kind = "ServiceAccount", Metadata = Meta(args.ServiceAccountName) },
            new V1Role { ApiVersion = "rbac.authorization.k8s.io/v1", Kind = "Role", Metadata = Meta(role), Rules = rules },
            new V1RoleBinding
            {
                ApiVersion = "rbac.authorization.k8s.io/v1",
                Kind = "RoleBinding",
                Metadata = Meta(role),
                RoleRef = new V1RoleRef { ApiGroup = "rbac.authorization.k8s.io", Kind = "Role", Name = role },
                Subjects = [new Rbacv1Subject { Kind = "ServiceAccount", Name = args.ServiceAccountName, NamespaceProperty = args.Namespace }],
            },
        ];
    }
}
