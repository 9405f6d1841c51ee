using System.Text.Json.Nodes;
using Infra.Compositions.Input;
using Infra.Compositions.Validation;
using Infra.Compositions.Values;

namespace Infra.Compositions.Conformance;

/// <summary>Runs <c>kind: validation</c> vectors: one object validated, compared by field path and error type.</summary>
internal static class ValidationCases
{
    public static string? Run(JsonObject testCase)
    {
        var input = testCase["input"] as JsonObject ?? new JsonObject();
        var (key, node) = input.First();
        ValidationError? error;
        string? decodeError;
        switch (key)
        {
            case "readinessCheck":
                error = InputDecoder.Run(() => InputDecoder.Readiness(node, key), out decodeError) is { } check ? InputValidator.ReadinessCheck(check) : null;
                break;
            case "connectionDetail":
                error = InputDecoder.Run(() => InputDecoder.Connection(node, key), out decodeError) is { } detail ? InputValidator.ConnectionDetail(detail) : null;
                break;
            case "patch":
                error = InputDecoder.DecodePatch(node, out decodeError) is { } patch ? InputValidator.Patch(patch, allowPatchSet: true) : null;
                break;
            case "combine":
                error = InputDecoder.DecodeCombine(node, out decodeError) is { } combine ? InputValidator.Combine(combine) : null;
                break;
            case "transform":
                error = InputDecoder.DecodeTransform(node, out decodeError) is { } transform ? InputValidator.Transform(transform) : null;
                break;
            default:
                return $"unknown validation input {key}";
        }
        if (decodeError is not null) return $"cannot decode {key}: {decodeError}";
        if (testCase["want"] is JsonValue want && GoValue.AsString(want) == "valid")
            return error is null ? null : $"want valid, got {error}";
        if (error is null) return "want a validation error, got valid";
        var wantField = testCase["wantField"] is JsonValue f ? GoValue.AsString(f) : null;
        var wantType = testCase["wantErrorType"] is JsonValue t ? GoValue.AsString(t) : null;
        if (wantField is not null && wantField != error.Field) return $"field: want {wantField}, got {error.Field} ({error})";
        if (wantType is not null && wantType != error.Type.ToString()) return $"error type: want {wantType}, got {error.Type} ({error})";
        return null;
    }
}
