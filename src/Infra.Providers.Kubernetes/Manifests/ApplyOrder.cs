namespace Infra.Providers.Kubernetes.Manifests;

/// <summary>
/// Order in which kinds are applied: namespaces and CRDs first, then policies, identities, config,
/// storage, RBAC, services, workloads, ingress, webhooks, and custom resources last.
/// </summary>
public static class ApplyOrder
{
    /// <summary>Rank of a kind (0..99, lower applies first). Deletion runs in reverse rank order.</summary>
    /// <param name="apiVersion">For example <c>apps/v1</c>; only the group part matters.</param>
    /// <param name="kind">For example <c>Deployment</c>.</param>
    public static int Rank(string apiVersion, string kind) => BuiltInKinds.RankOf(JsonRead.GroupOf(apiVersion), kind);

    /// <summary>Rank of the kind of <paramref name="identity"/>.</summary>
    public static int Rank(ResourceIdentity identity) => BuiltInKinds.RankOf(identity.Group, identity.Kind);

    /// <summary>Sorts identities into apply order: by rank, then kind, namespace and name (ordinal).</summary>
    public static IReadOnlyList<ResourceIdentity> Sort(IEnumerable<ResourceIdentity> identities) =>
        identities
            .OrderBy(Rank)
            .ThenBy(i => i.Kind, StringComparer.Ordinal)
            .ThenBy(i => i.Namespace ?? string.Empty, StringComparer.Ordinal)
            .ThenBy(i => i.Name, StringComparer.Ordinal)
            .ToList();
}
