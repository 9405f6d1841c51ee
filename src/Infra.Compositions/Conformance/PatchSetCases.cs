using System.Text.Json.Nodes;
using Infra.Compositions.Input;
using Infra.Compositions.Patches;
using Infra.Compositions.Validation;

namespace Infra.Compositions.Conformance;

/// <summary>Runs <c>kind: patchset</c> vectors: validate the sets, inline them, compare the expanded patches.</summary>
internal static class PatchSetCases
{
    public static string? Run(JsonObject testCase)
    {
        var input = testCase["input"] as JsonObject ?? new JsonObject();
        var sets = InputDecoder.DecodeList(input["patchSets"], "patchSets", InputDecoder.DecodePatchSet, out var setsError);
        var templates = InputDecoder.DecodeList(input["resources"], "resources", InputDecoder.Template, out var templatesError);
        if (sets is null || templates is null) return CaseCheck.Error(testCase, setsError ?? templatesError, () => null);

        string? error = sets.Select(InputValidator.PatchSet).FirstOrDefault(e => e is not null)?.ToString();
        IReadOnlyList<ComposedTemplate>? resolved = null;
        if (error is null) resolved = PatchSetResolver.Resolve(sets, templates, out error);
        return CaseCheck.Error(testCase, error, () =>
        {
            var got = new JsonArray(resolved!.Select(t =>
                (JsonNode)new JsonObject { ["patches"] = new JsonArray(t.Patches.Select(p => (JsonNode)InputEncoder.Patch(p)).ToArray()) }).ToArray());
            return CaseCheck.Equal(testCase["want"], got);
        });
    }
}
