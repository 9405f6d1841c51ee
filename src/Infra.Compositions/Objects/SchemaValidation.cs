using System.Text.Json.Nodes;
using Infra.Compositions.Rendering;

namespace Infra.Compositions.Objects;

/// <summary>
/// Checks an object against the <c>openAPIV3Schema</c> of its version in a CustomResourceDefinition or a
/// CompositeResourceDefinition (both carry <c>spec.group</c>, <c>spec.names.kind</c> and <c>spec.versions[].schema</c>).
/// </summary>
public static class SchemaValidation
{
    /// <summary>The problems found as diagnostics naming <paramref name="sourceName"/> and the field path; empty when the object conforms.</summary>
    public static IReadOnlyList<CompositionDiagnostic> Validate(JsonObject definition, JsonObject obj, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(obj);
        return XrdValidator.Validate(definition, obj)
            .Select(p => new CompositionDiagnostic(sourceName, p.Path, "does not match the schema: " + p.Message))
            .ToArray();
    }

    /// <summary>
    /// Reads the definition from a YAML file (one document, e.g. an upstream CRD) and validates <paramref name="obj"/>
    /// against it; an unreadable file is one diagnostic naming it.
    /// </summary>
    public static IReadOnlyList<CompositionDiagnostic> Validate(string definitionPath, JsonObject obj, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(definitionPath);
        var definition = InputFiles.ReadSingle(definitionPath, out var diagnostic);
        return definition is null ? [diagnostic!] : Validate(definition, obj, sourceName);
    }
}
