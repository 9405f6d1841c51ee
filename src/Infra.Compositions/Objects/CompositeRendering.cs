using System.Text.Json.Nodes;
using Infra.Compositions.Authoring;
using Infra.Compositions.Rendering;

namespace Infra.Compositions.Objects;

/// <summary>
/// Renders a typed composition in memory, exactly as <c>infra composition render</c> renders its YAML form: the XR
/// is checked against the XRD schema, the environment is the merged <c>data</c> of the EnvironmentConfigs, and the
/// same engine produces the composed resources. User mistakes come back as diagnostics naming the given source.
/// </summary>
public static class CompositeRendering
{
    /// <summary>Renders <paramref name="composite"/> (a whole XR object: apiVersion, kind, metadata, spec).</summary>
    /// <param name="definition">The XRD the XR must match.</param>
    /// <param name="composition">The composition to run.</param>
    /// <param name="composite">The XR.</param>
    /// <param name="environment">EnvironmentConfigs merged in order into the pipeline environment.</param>
    /// <param name="sourceName">What diagnostics name as their file (e.g. the component's name).</param>
    public static CompositeRenderResult Render(
        CompositeResourceDefinition definition, Composition composition, JsonObject composite, IReadOnlyList<EnvironmentConfig> environment, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(composition);
        ArgumentNullException.ThrowIfNull(composite);
        ArgumentNullException.ThrowIfNull(environment);
        var exported = CompositionExporter.Export(definition, composition, sourceName);
        if (!exported.Succeeded) return new CompositeRenderResult(null, exported.Diagnostics);

        var problems = XrdValidator.Validate(definition.ToJson(), composite);
        if (problems.Count > 0)
        {
            return new CompositeRenderResult(null,
                problems.Select(p => new CompositionDiagnostic(sourceName, p.Path, "does not match the XRD schema: " + p.Message)).ToArray());
        }
        var merged = EnvironmentLoader.Merge(environment.Select(e => e.ToJson()));
        var outcome = RenderEngine.Render(new RenderInputs(
            (JsonObject)composite.DeepClone(), composition.ToJson(), null, [], environment.Count > 0 ? merged : null, IncludeFunctionResults: false));
        if (outcome.Documents is null) return new CompositeRenderResult(null, [new CompositionDiagnostic(sourceName, outcome.Location, outcome.Error!)]);
        return new CompositeRenderResult(new RenderedComposite(outcome.Documents[0], outcome.Documents.Skip(1).ToArray()), []);
    }
}
