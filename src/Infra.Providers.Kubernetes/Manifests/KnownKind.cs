namespace Infra.Providers.Kubernetes.Manifests;

/// <summary>A built-in Kubernetes kind: where its REST resource lives and when it is applied.</summary>
internal sealed record KnownKind(string Group, string Kind, string Plural, bool Namespaced, int Rank);
