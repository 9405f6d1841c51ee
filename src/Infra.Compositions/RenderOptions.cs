namespace Infra.Compositions;

/// <summary>The files of one render, mirroring <c>crossplane render XR COMPOSITION [FUNCTIONS] [flags]</c>.</summary>
/// <param name="XrPath">The composite resource (one YAML document).</param>
/// <param name="CompositionPath">The Composition (one YAML document, <c>mode: Pipeline</c>).</param>
/// <param name="FunctionsPath">Optional Function objects (a YAML stream, or a directory of them).</param>
/// <param name="ObservedResourcesPath">Optional observed composed resources (a YAML stream, or a directory).</param>
/// <param name="EnvironmentPath">Optional EnvironmentConfig objects whose <c>data</c> forms the environment.</param>
/// <param name="IncludeFunctionResults">Print one <c>Result</c> document per function result (<c>-r</c>).</param>
/// <param name="XrdPath">Optional CompositeResourceDefinition; the XR is validated against its schema.</param>
public sealed record RenderOptions(
    string XrPath,
    string CompositionPath,
    string? FunctionsPath = null,
    string? ObservedResourcesPath = null,
    string? EnvironmentPath = null,
    bool IncludeFunctionResults = false,
    string? XrdPath = null);
