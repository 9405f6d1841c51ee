namespace Infra.Providers.Kubernetes.Live;

/// <summary>Where a kind lives in the REST API.</summary>
/// <param name="Prefix"><c>api/v1</c> or <c>apis/&lt;group&gt;/&lt;version&gt;</c>.</param>
/// <param name="Plural">Plural resource name, e.g. <c>deployments</c>.</param>
/// <param name="Namespaced">True for namespaced kinds.</param>
internal sealed record ResourcePath(string Prefix, string Plural, bool Namespaced)
{
    /// <summary>URL path of one object (without leading slash).</summary>
    public string ForObject(string? @namespace, string name) =>
        Namespaced
            ? $"{Prefix}/namespaces/{Uri.EscapeDataString(@namespace!)}/{Plural}/{Uri.EscapeDataString(name)}"
            : $"{Prefix}/{Plural}/{Uri.EscapeDataString(name)}";
}
