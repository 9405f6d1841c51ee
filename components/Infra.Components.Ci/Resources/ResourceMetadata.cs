using k8s.Models;

namespace Infra.Components.Ci.Resources;

/// <summary>The metadata of a typed custom resource (the subset of <c>ObjectMeta</c> a manifest author sets).</summary>
/// <param name="Name">The object's name (null when <c>GenerateName</c> is set).</param>
/// <param name="Namespace">The namespace, for namespaced kinds.</param>
public sealed record ResourceMetadata(string? Name, string? Namespace = null)
{
    /// <summary>A prefix the server completes (for runs created by triggers).</summary>
    public string? GenerateName { get; init; }

    /// <summary>Labels.</summary>
    public IReadOnlyDictionary<string, string>? Labels { get; init; }

    /// <summary>Annotations.</summary>
    public IReadOnlyDictionary<string, string>? Annotations { get; init; }

    /// <summary>The finalizers (Argo CD's <c>resources-finalizer.argocd.argoproj.io</c>, …).</summary>
    public IReadOnlyList<string>? Finalizers { get; init; }

    /// <summary>The metadata as a KubernetesClient model.</summary>
    public V1ObjectMeta ToObjectMeta() => new()
    {
        Name = Name,
        NamespaceProperty = Namespace,
        GenerateName = GenerateName,
        Labels = Labels?.ToDictionary(p => p.Key, p => p.Value),
        Annotations = Annotations?.ToDictionary(p => p.Key, p => p.Value),
        Finalizers = Finalizers?.ToList(),
    };
}
