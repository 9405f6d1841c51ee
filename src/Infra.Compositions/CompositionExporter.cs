using System.Text.Json.Nodes;
using Infra.Compositions.Authoring;
using Infra.Compositions.Input;
using Infra.Compositions.Validation;
using Infra.Compositions.Yaml;

namespace Infra.Compositions;

/// <summary>Turns typed C# definitions into the XRD and Composition YAML that Crossplane reads.</summary>
public static class CompositionExporter
{
    /// <summary>
    /// Validates the composition's function input like the function does, then writes the XRD and the
    /// Composition as one YAML stream (keys in hand-written order: apiVersion, kind, metadata, spec).
    /// Invalid input returns exit code 2 with the upstream message and field path, e.g.
    /// <c>invalid Function input: resources[0].patches[1].transforms[0].math: Required value: …</c>.
    /// </summary>
    public static CompositionResult Export(CompositeResourceDefinition definition, Composition composition, string sourceName = "composition")
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(composition);
        if (Validate(composition) is { } problem)
            return CompositionResult.BadInput(new CompositionDiagnostic(sourceName, "spec.pipeline[0].input", "invalid Function input: " + problem));
        if (definition.CompositeApiVersion != composition.CompositeApiVersion || definition.Kind != composition.CompositeKind)
        {
            return CompositionResult.BadInput(new CompositionDiagnostic(sourceName, "spec.compositeTypeRef",
                $"composition composes {composition.CompositeApiVersion} {composition.CompositeKind}, but the XRD defines {definition.CompositeApiVersion} {definition.Kind}"));
        }
        return CompositionResult.Success(ToYaml(definition, composition));
    }

    /// <summary>The XRD and the Composition as a YAML stream, without validation.</summary>
    public static string ToYaml(CompositeResourceDefinition definition, Composition composition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(composition);
        return YamlWriter.WriteStream([definition.ToJson(), composition.ToJson()], sortKeys: false);
    }

    /// <summary>EnvironmentConfig objects as a YAML stream (usable as <see cref="RenderOptions.EnvironmentPath"/>).</summary>
    public static string ToYaml(IEnumerable<EnvironmentConfig> configs)
    {
        ArgumentNullException.ThrowIfNull(configs);
        return YamlWriter.WriteStream(configs.Select(c => (JsonNode?)c.ToJson()), sortKeys: false);
    }

    /// <summary>Any Kubernetes objects as a YAML stream, keys in their given order (e.g. the objects a stack declares).</summary>
    public static string ToYaml(IEnumerable<JsonObject> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return YamlWriter.WriteStream(documents.Select(d => (JsonNode?)d), sortKeys: false);
    }

    /// <summary>The EnvironmentConfig as a JSON object (the same shape as its YAML).</summary>
    public static JsonObject ToJson(EnvironmentConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return config.ToJson();
    }

    /// <summary>The Composition as a JSON object (the same shape as its YAML).</summary>
    public static JsonObject ToJson(Composition composition)
    {
        ArgumentNullException.ThrowIfNull(composition);
        return composition.ToJson();
    }

    /// <summary>The XRD as a JSON object (the same shape as its YAML).</summary>
    public static JsonObject ToJson(CompositeResourceDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return definition.ToJson();
    }

    private static ValidationError? Validate(Composition composition)
    {
        var input = InputDecoder.DecodeResources(composition.InputJson(), out var decodeError);
        if (input is null) return ValidationError.Invalid("input", decodeError, "cannot decode function input");
        return InputValidator.Resources(input);
    }
}
