using System.Text.Json.Nodes;
using Infra.Compositions.FieldPaths;
using Infra.Compositions.Input;
using Infra.Compositions.Validation;
using Infra.Compositions.Values;

namespace Infra.Compositions.Readiness;

/// <summary>Decides whether an observed composed resource is ready (SPEC §7).</summary>
internal static class ReadinessChecker
{
    public static bool IsReady(JsonObject observed, IReadOnlyList<ReadinessCheckSpec> checks, out string? error)
    {
        error = null;
        if (checks.Count == 0) return ConditionStatus(observed, "Ready") == "True";
        for (var i = 0; i < checks.Count; i++)
        {
            var passed = Check(observed, checks[i], out var detail);
            if (detail is not null)
            {
                error = $"cannot run readiness check at index {i}: {detail}";
                return false;
            }
            if (!passed) return false;
        }
        return true;
    }

    private static bool Check(JsonObject observed, ReadinessCheckSpec check, out string? error)
    {
        error = null;
        if (InputValidator.ReadinessCheck(check) is { } invalid)
        {
            error = "invalid: " + invalid;
            return false;
        }
        switch (check.Type)
        {
            case "None":
                return true;
            case "MatchCondition":
                if (check.MatchCondition is null)
                {
                    error = "matchCondition is required for type MatchCondition";
                    return false;
                }
                return ConditionStatus(observed, check.MatchCondition.Type) == check.MatchCondition.Status;
        }
        var path = check.FieldPath!;
        var value = Paved.Get(observed, path, out var readError);
        if (readError is not null)
        {
            if (!readError.NotFound) error = readError.Message;
            return false;
        }
        var kind = GoValue.KindOf(value);
        switch (check.Type)
        {
            case "NonEmpty":
                return true;
            case "MatchString":
                if (kind != GoKind.String) error = $"{path}: not a string";
                return kind == GoKind.String && GoValue.AsString(value!) == check.MatchString;
            case "MatchInteger":
                if (kind != GoKind.Int64) error = $"{path}: not a (int64) number";
                return kind == GoKind.Int64 && GoValue.AsInt64(value!) == check.MatchInteger;
            default:
                if (kind != GoKind.Bool) error = $"{path}: not a bool";
                return kind == GoKind.Bool && GoValue.AsBool(value!) == (check.Type == "MatchTrue");
        }
    }

    /// <summary>The status of a condition type, or <c>Unknown</c> when the condition is absent.</summary>
    public static string ConditionStatus(JsonObject resource, string type)
    {
        if (resource["status"] is JsonObject status && status["conditions"] is JsonArray conditions)
        {
            foreach (var condition in conditions.OfType<JsonObject>())
            {
                if (condition["type"] is JsonValue t && GoValue.KindOf(t) == GoKind.String && GoValue.AsString(t) == type)
                    return condition["status"] is JsonValue s && GoValue.KindOf(s) == GoKind.String ? GoValue.AsString(s) : "Unknown";
            }
        }
        return "Unknown";
    }
}
