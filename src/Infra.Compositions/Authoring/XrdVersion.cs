using System.Text.Json.Nodes;

namespace Infra.Compositions.Authoring;

/// <summary>One version of a CompositeResourceDefinition.</summary>
/// <param name="Name">The version name, e.g. <c>v1alpha1</c>.</param>
/// <param name="Schema">The <c>openAPIV3Schema</c> of the XR at this version.</param>
/// <param name="Served">Whether the version is served.</param>
/// <param name="Referenceable">Whether compositions may reference this version.</param>
public sealed record XrdVersion(string Name, JsonObject Schema, bool Served = true, bool Referenceable = true);
