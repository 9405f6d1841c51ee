using System.Text.Json.Nodes;
using Infra.Compositions.Values;

namespace Infra.Compositions.Conformance;

/// <summary>Comparison helpers shared by the case runners; each returns a failure reason or null.</summary>
internal static class CaseCheck
{
    public static string? Equal(JsonNode? want, JsonNode? got, string what = "value") =>
        GoValue.JsonEquals(want, got) ? null : $"{what}: want {Show(want)}, got {Show(got)}";

    public static string? Message(JsonObject testCase, string key, string? got)
    {
        if (testCase[key] is not JsonValue want) return null;
        var expected = GoValue.AsString(want);
        return expected == got ? null : $"{key}: want {GoQuote.Quote(expected)}, got {GoQuote.Quote(got ?? "<no error>")}";
    }

    /// <summary>Checks an error outcome against <c>wantError</c>/<c>wantErrorMessage</c>.</summary>
    public static string? Error(JsonObject testCase, string? error, Func<string?> onSuccess)
    {
        var wantError = testCase["wantError"] is JsonValue w && GoValue.AsBool(w);
        if (wantError)
        {
            if (error is null) return "want an error, got success";
            return Message(testCase, "wantErrorMessage", error);
        }
        return error is not null ? $"unexpected error: {error}" : onSuccess();
    }

    public static bool Flag(JsonObject testCase, string key) => testCase[key] is JsonValue v && GoValue.KindOf(v) == GoKind.Bool && GoValue.AsBool(v);

    public static string Show(JsonNode? node) => node is null ? "null" : GoJson.Marshal(node);
}
