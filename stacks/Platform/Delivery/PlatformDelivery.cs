using Infra;
using Infra.Components.Ci;
using Infra.Components.Ci.SupplyChain;
using Infra.Kubernetes;
using k8s.Models;
using Platform.Settings;

namespace Platform.Delivery;

/// <summary>
/// The platform's CI/CD: the pipeline controllers, the supply-chain pipeline of the configured engine and the
/// Argo CD Application that deploys this stack's rendered folder (<c>out/&lt;stack&gt;</c>).
/// </summary>
public static class PlatformDelivery
{
    /// <summary>Registers the pipeline namespace and the <see cref="CiPlatform"/> for <paramref name="environment"/> from the <c>platform:ci*</c> keys.</summary>
    public static CiPlatform Create(Config config, string environment)
    {
        var args = CiSettings.Read(config, environment);
        var pipelineNs = PipelineNamespace(CiSettings.Namespace(config), environment, args.SupplyChains);
        return new CiPlatform("ci", args, new ResourceOptions { DependsOn = [pipelineNs] });
    }

    // Image builds cannot meet the restricted pod security level: Kaniko unpacks layers as root and rootless BuildKit
    // needs an unconfined seccomp profile. The pipeline namespace enforces the strictest level its builder allows and
    // still warns and audits against restricted.
    private static KubernetesResource<V1Namespace> PipelineNamespace(string name, string environment, IReadOnlyList<SupplyChainPipelineArgs> chains)
    {
        var enforce = chains.Any(c => c.Builder == ImageBuilder.BuildKit) ? "privileged" : "baseline";
        return new($"ns-{name}", new V1Namespace
        {
            ApiVersion = "v1",
            Kind = "Namespace",
            Metadata = new V1ObjectMeta
            {
                Name = name,
                Labels = new Dictionary<string, string>(StringComparer.Ordinal)
                {
                    ["kubernetes.io/metadata.name"] = name,
                    ["pod-security.kubernetes.io/enforce"] = enforce,
                    ["pod-security.kubernetes.io/warn"] = "restricted",
                    ["pod-security.kubernetes.io/audit"] = "restricted",
                    ["platform.infra.dev/environment"] = environment,
                },
            },
        });
    }
}
