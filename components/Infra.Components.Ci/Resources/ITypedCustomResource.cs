using System.Text.Json.Nodes;

namespace Infra.Components.Ci.Resources;

/// <summary>A typed custom resource: apiVersion, kind, metadata and a spec serialized in the upstream shape.</summary>
public interface ITypedCustomResource
{
    /// <summary>The apiVersion, e.g. <c>tekton.dev/v1</c>.</summary>
    string ApiVersion { get; }

    /// <summary>The kind, e.g. <c>Pipeline</c>.</summary>
    string Kind { get; }

    /// <summary>The metadata.</summary>
    ResourceMetadata Metadata { get; }

    /// <summary>The spec as JSON.</summary>
    JsonObject SpecJson();

    /// <summary>The whole object as JSON (apiVersion, kind, metadata, spec).</summary>
    JsonObject ToManifest();
}
