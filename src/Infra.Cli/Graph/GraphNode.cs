namespace Infra.Cli.Graph;

/// <summary>A resource drawn as a box.</summary>
/// <param name="Id">A stable identifier (<c>n0</c>, <c>n1</c>, … in URN order).</param>
/// <param name="Urn">The resource URN.</param>
/// <param name="Name">The logical name.</param>
/// <param name="Type">The type token.</param>
/// <param name="Kind">The plan's step kind (create, update, replace, delete, same, …).</param>
/// <param name="ClusterId">The component cluster it sits in; null at the top level.</param>
/// <param name="Custom">False for a component without resources below it, drawn as a node.</param>
internal sealed record GraphNode(string Id, string Urn, string Name, string Type, string Kind, string? ClusterId, bool Custom)
{
    /// <summary>The last segment of the type token (<c>StatefulSet</c> for <c>kubernetes:apps/v1:StatefulSet</c>).</summary>
    public string ShortType => GraphLabels.ShortType(Type);
}
