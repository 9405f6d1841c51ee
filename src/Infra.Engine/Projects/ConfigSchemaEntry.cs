using Infra.Engine.Diagnostics;

namespace Infra.Engine.Projects;

/// <summary>A key declared in the <c>config:</c> block of Pulumi.yaml.</summary>
/// <param name="Key">The full key (<c>namespace:name</c>).</param>
/// <param name="Type">The declared type: string, integer, boolean or array; null for untyped defaults.</param>
/// <param name="ItemType">For arrays, the type of the items.</param>
/// <param name="DefaultJson">The default as JSON text, or null when the key is required.</param>
/// <param name="Secret">True when the value must be set as a secret.</param>
/// <param name="Description">Help text.</param>
/// <param name="Location">Where the key is declared.</param>
public sealed record ConfigSchemaEntry(
    string Key,
    string? Type,
    string? ItemType,
    string? DefaultJson,
    bool Secret,
    string? Description,
    SourceLocation Location);
