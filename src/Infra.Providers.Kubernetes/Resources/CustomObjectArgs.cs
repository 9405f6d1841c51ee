using System.Text.Json.Nodes;
using k8s.Models;

namespace Infra.Kubernetes;

/// <summary>Arguments of a <see cref="CustomObject"/>: any apiVersion and kind (Crossplane, Tekton, Argo, …).</summary>
public sealed class CustomObjectArgs
{
    /// <summary>The apiVersion, e.g. <c>tekton.dev/v1</c>.</summary>
    public required string ApiVersion { get; init; }

    /// <summary>The kind, e.g. <c>Pipeline</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>The metadata.</summary>
    public required Input<V1ObjectMeta> Metadata { get; init; }

    /// <summary>The spec, if the kind has one.</summary>
    public Input<JsonObject?>? Spec { get; init; }

    /// <summary>Other top-level fields (e.g. <c>data</c> of an EnvironmentConfig).</summary>
    public Input<JsonObject?>? Fields { get; init; }
}
