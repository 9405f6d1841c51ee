namespace Infra.Components.Crossplane.Composites;

/// <summary>What a <see cref="CompositeResource"/> sends to the Kubernetes provider. Both modes render locally first.</summary>
public enum CompositeMode
{
    /// <summary>
    /// The real Crossplane objects: the CompositeResourceDefinition, the Composition and the XR (declare the
    /// EnvironmentConfigs once with <see cref="EnvironmentConfigs.Declare"/>). Crossplane composes the managed resources; the local render only checks and previews them.
    /// </summary>
    Crossplane,

    /// <summary>
    /// The composed resources of the local render, one child Kubernetes object each (named
    /// <c>&lt;xr&gt;-&lt;composition resource name&gt;</c>, without the XR owner reference), and no Crossplane
    /// objects: for previews, snapshots and policy checks of exactly what the composition produces, or for a
    /// cluster running Crossplane providers without Crossplane itself. Never use both modes for one XR.
    /// </summary>
    Rendered,
}
