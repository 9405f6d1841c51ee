using System.Text.Json.Nodes;
using Infra.Compositions.Input;
using Infra.Compositions.Transforms;
using Infra.Compositions.Validation;
using Infra.Compositions.Values;

namespace Infra.Compositions.Conformance;

/// <summary>Runs <c>kind: transform</c> vectors: validate the chain, then run it on a typed input.</summary>
internal static class TransformCases
{
    public static string? Run(JsonObject testCase)
    {
        var transforms = InputDecoder.DecodeList(testCase["config"]?["transforms"], "transforms", InputDecoder.Transform, out var decodeError);
        if (transforms is null) return CaseCheck.Error(testCase, decodeError, () => null);

        string? validation = null;
        for (var i = 0; i < transforms.Count && validation is null; i++)
        {
            if (InputValidator.Transform(transforms[i]) is { } error) validation = $"transforms[{i}]: {error}";
        }
        if (CaseCheck.Flag(testCase, "wantValidationError"))
            return validation is null ? "want a validation error, got none" : CaseCheck.Message(testCase, "validationMessage", validation);
        if (validation is not null) return "unexpected validation error: " + validation;

        var input = TypedInput(testCase["input"], testCase["inputType"] is JsonValue t ? GoValue.AsString(t) : null);
        var output = TransformChain.Apply(transforms, input, out var runError);
        return CaseCheck.Error(testCase, runError, () =>
        {
            if (CaseCheck.Equal(testCase["want"], output) is { } mismatch) return mismatch;
            if (testCase["wantType"] is JsonValue wantType && GoValue.AsString(wantType) != GoValue.TypeName(output))
                return $"type: want {GoValue.AsString(wantType)}, got {GoValue.TypeName(output)}";
            return null;
        });
    }

    /// <summary>Numbers take the Go kind named by <c>inputType</c>; absent means float64, as in the real pipeline.</summary>
    public static JsonNode? TypedInput(JsonNode? input, string? inputType)
    {
        if (!GoValue.IsNumber(GoValue.KindOf(input))) return GoValue.ToFloatTyped(input);
        var d = GoValue.AsDouble(input!);
        return inputType switch
        {
            "int" => JsonValue.Create((int)d),
            "int64" => JsonValue.Create((long)d),
            _ => JsonValue.Create(d),
        };
    }
}
