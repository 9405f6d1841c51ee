using System.Text.Json.Nodes;
using Infra.Compositions.Authoring;

namespace Infra.Components.Crossplane.Composites;

/// <summary>Arguments of a <see cref="CompositeResource"/>: the typed definition, the composition, and the XR's spec.</summary>
public sealed record CompositeResourceArgs
{
    /// <summary>The XRD the XR is an instance of.</summary>
    public required CompositeResourceDefinition Definition { get; init; }

    /// <summary>The composition that composes the XR.</summary>
    public required Composition Composition { get; init; }

    /// <summary>The XR's <c>spec</c>; the composition reference is added to it.</summary>
    public required JsonObject Spec { get; init; }

    /// <summary>The XR's metadata.name; null uses the component name.</summary>
    public string? CompositeName { get; init; }

    /// <summary>Labels on the XR.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>EnvironmentConfigs whose data (merged in order) the composition's environment patches read.</summary>
    public IReadOnlyList<EnvironmentConfig> Environment { get; init; } = [];

    /// <summary>What is sent to the Kubernetes provider (default: the real Crossplane objects).</summary>
    public CompositeMode Mode { get; init; } = CompositeMode.Crossplane;

    /// <summary>
    /// Declare a claim (the XRD's claim kind) in this namespace instead of the cluster-scoped XR
    /// (<see cref="CompositeMode.Crossplane"/> mode). The local render then carries the claim labels, as Crossplane's
    /// XR for the claim does. Null (default) declares the XR.
    /// </summary>
    public string? ClaimNamespace { get; init; }

    /// <summary>
    /// In <see cref="CompositeMode.Crossplane"/> mode, also declare the XRD and the Composition
    /// (default). Set false on every XR but one when several XRs share them.
    /// </summary>
    public bool DeclareDefinitions { get; init; } = true;
}
