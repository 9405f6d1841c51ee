using System.Text.Json.Nodes;
using Infra.Compositions.Rendering;
using Infra.Compositions.Yaml;

namespace Infra.Compositions;

/// <summary>
/// Renders a Composition the way the classic <c>crossplane render</c> does, for compositions whose pipeline
/// steps all use function-patch-and-transform. Never throws for user mistakes: they come back as diagnostics.
/// </summary>
public static class CompositionRenderer
{
    /// <summary>Reads the files named in <paramref name="options"/>, renders, and returns the YAML stream or diagnostics.</summary>
    public static CompositionResult Render(RenderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var xr = InputFiles.ReadSingle(options.XrPath, out var diagnostic);
        if (xr is null) return CompositionResult.BadInput(diagnostic!);
        var composition = InputFiles.ReadSingle(options.CompositionPath, out diagnostic);
        if (composition is null) return CompositionResult.BadInput(diagnostic!);

        IReadOnlyList<JsonObject>? functions = null;
        if (options.FunctionsPath is not null && (functions = InputFiles.ReadObjects(options.FunctionsPath, out diagnostic)) is null)
            return CompositionResult.BadInput(diagnostic!);
        IReadOnlyList<JsonObject> observed = [];
        if (options.ObservedResourcesPath is not null && (observed = InputFiles.ReadObjects(options.ObservedResourcesPath, out diagnostic)!) is null)
            return CompositionResult.BadInput(diagnostic!);
        JsonObject? environment = null;
        if (options.EnvironmentPath is not null)
        {
            var configs = InputFiles.ReadObjects(options.EnvironmentPath, out diagnostic);
            if (configs is null) return CompositionResult.BadInput(diagnostic!);
            environment = EnvironmentLoader.Merge(configs);
        }
        if (options.XrdPath is not null)
        {
            var xrd = InputFiles.ReadSingle(options.XrdPath, out diagnostic);
            if (xrd is null) return CompositionResult.BadInput(diagnostic!);
            var problems = XrdValidator.Validate(xrd, xr);
            if (problems.Count > 0)
            {
                return new CompositionResult(CompositionExitCodes.BadInput, "",
                    problems.Select(p => new CompositionDiagnostic(options.XrPath, p.Path, "does not match the XRD schema: " + p.Message)).ToArray());
            }
        }

        var outcome = RenderEngine.Render(new RenderInputs(xr, composition, functions, observed, environment, options.IncludeFunctionResults));
        if (outcome.Documents is null)
        {
            var file = outcome.Source switch
            {
                RenderSource.Xr => options.XrPath,
                RenderSource.Functions => options.FunctionsPath ?? options.CompositionPath,
                RenderSource.ObservedResources => options.ObservedResourcesPath ?? options.CompositionPath,
                RenderSource.Environment => options.EnvironmentPath ?? options.CompositionPath,
                _ => options.CompositionPath,
            };
            return CompositionResult.BadInput(new CompositionDiagnostic(file, outcome.Location, outcome.Error!));
        }
        return CompositionResult.Success(YamlWriter.WriteStream(outcome.Documents));
    }
}
