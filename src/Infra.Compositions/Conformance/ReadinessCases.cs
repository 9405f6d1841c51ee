using System.Text.Json.Nodes;
using Infra.Compositions.Input;
using Infra.Compositions.Readiness;
using Infra.Compositions.Values;

namespace Infra.Compositions.Conformance;

/// <summary>
/// Runs <c>kind: readiness</c> vectors. The observed object is typed as the real function sees it: every
/// number float64 (SPEC §2.3, §7).
/// </summary>
internal static class ReadinessCases
{
    public static string? Run(JsonObject testCase)
    {
        var checks = InputDecoder.DecodeList(testCase["config"]?["readinessChecks"], "readinessChecks", InputDecoder.Readiness, out var decodeError);
        if (checks is null) return CaseCheck.Error(testCase, decodeError, () => null);
        var observed = GoValue.ToFloatTyped(testCase["input"]) as JsonObject ?? new JsonObject();
        var ready = ReadinessChecker.IsReady(observed, checks, out var error);
        return CaseCheck.Error(testCase, error, () => CaseCheck.Equal(testCase["want"], JsonValue.Create(ready)));
    }
}
