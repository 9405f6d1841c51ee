namespace Infra.Cli.Graph;

/// <summary>Why two resources are connected.</summary>
internal enum GraphEdgeKind
{
    /// <summary>The target depends on the source (the source is created first).</summary>
    Dependency,

    /// <summary>The source is the target's parent resource (a resource parented by another resource, not a component).</summary>
    Parent,
}
