using System.Text.Json.Nodes;
using Infra.Compositions.Input;
using Infra.Compositions.Patches;
using Infra.Compositions.Validation;
using Infra.Compositions.Values;

namespace Infra.Compositions.Conformance;

/// <summary>Runs <c>kind: patch</c> vectors: one patch from <c>input.from</c> onto <c>input.to</c>.</summary>
internal static class PatchCases
{
    public static string? Run(JsonObject testCase)
    {
        var patch = InputDecoder.DecodePatch(testCase["config"], out var decodeError);
        if (patch is null) return CaseCheck.Error(testCase, decodeError, () => null);

        var validation = InputValidator.Patch(patch, allowPatchSet: true)?.ToString();
        if (CaseCheck.Flag(testCase, "wantValidationError"))
            return validation is null ? "want a validation error, got none" : CaseCheck.Message(testCase, "validationMessage", validation);
        if (validation is not null) return "unexpected validation error: " + validation;

        var from = GoValue.ToFloatTyped(testCase["input"]?["from"]) ?? new JsonObject();
        var to = GoValue.Normalize(testCase["input"]?["to"]) as JsonObject ?? new JsonObject();
        var error = PatchApplier.Apply(patch, from, to);
        if (error is not null && testCase["wantNotFound"] is JsonValue wantNotFound && GoValue.AsBool(wantNotFound) != error.NotFound)
            return $"not-found: want {GoValue.AsBool(wantNotFound)}, got {error.NotFound} ({error.Message})";
        return CaseCheck.Error(testCase, error?.Message, () => CaseCheck.Equal(testCase["want"], to));
    }
}
