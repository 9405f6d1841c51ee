using System.Text.Json.Nodes;
using Infra.Compositions.Values;

namespace Infra.Compositions.Conformance;

/// <summary>Dispatches one vector to the runner for its <c>kind</c>; returns a failure reason or null.</summary>
internal static class CaseRunner
{
    public static string? Run(JsonObject testCase)
    {
        var kind = testCase["kind"] is JsonValue k ? GoValue.AsString(k) : "";
        return kind switch
        {
            "transform" => TransformCases.Run(testCase),
            "patch" => PatchCases.Run(testCase),
            "render" => RenderCases.Run(testCase),
            "readiness" => ReadinessCases.Run(testCase),
            "connection" => ConnectionCases.Run(testCase),
            "patchset" => PatchSetCases.Run(testCase),
            "validation" => ValidationCases.Run(testCase),
            _ => $"unknown case kind \"{kind}\"",
        };
    }
}
