namespace Infra.Providers.Kubernetes.Configuration;

/// <summary>Where the provider sends objects.</summary>
public enum KubernetesMode
{
    /// <summary>Write a kustomize-ready folder of YAML files (the default; needs no cluster).</summary>
    Render,

    /// <summary>Server-side apply to the cluster named by the kubeconfig/context.</summary>
    Live,
}
