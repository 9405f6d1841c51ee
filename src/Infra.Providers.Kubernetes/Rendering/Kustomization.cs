using System.Text.Json.Nodes;
using Infra.Providers.Kubernetes.Yaml;

namespace Infra.Providers.Kubernetes.Rendering;

/// <summary>The <c>kustomization.yaml</c> text listing the rendered files, in the order given.</summary>
internal static class Kustomization
{
    public static string Render(IEnumerable<string> resources)
    {
        var list = new JsonArray();
        foreach (var file in resources)
        {
            list.Add((JsonNode?)file);
        }

        return YamlEmitter.Emit(new JsonObject
        {
            ["apiVersion"] = "kustomize.config.k8s.io/v1beta1",
            ["kind"] = "Kustomization",
            ["resources"] = list,
        });
    }
}
