namespace Infra.Cli.Graph;

/// <summary>A component drawn as a box around the resources below it.</summary>
/// <param name="Id">A stable identifier (<c>c0</c>, <c>c1</c>, … in URN order).</param>
/// <param name="Urn">The component URN.</param>
/// <param name="Name">The logical name.</param>
/// <param name="Type">The component's type token.</param>
/// <param name="Kind">The plan's step kind of the component itself.</param>
/// <param name="ParentId">The enclosing cluster; null at the top level.</param>
internal sealed record GraphCluster(string Id, string Urn, string Name, string Type, string Kind, string? ParentId)
{
    /// <summary>What the cluster's title shows: <c>ConsulCluster consul</c>.</summary>
    public string Label => $"{GraphLabels.ShortType(Type)} {Name}";
}
