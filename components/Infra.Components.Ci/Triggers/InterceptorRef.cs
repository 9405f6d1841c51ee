namespace Infra.Components.Ci.Triggers;

/// <summary>A reference to a ClusterInterceptor.</summary>
/// <param name="Name">The interceptor name.</param>
public sealed record InterceptorRef(string Name)
{
    /// <summary>The kind.</summary>
    public string Kind { get; init; } = "ClusterInterceptor";
}
