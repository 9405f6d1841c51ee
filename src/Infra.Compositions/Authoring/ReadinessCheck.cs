using System.Text.Json.Nodes;

namespace Infra.Compositions.Authoring;

/// <summary>A readiness check on an observed composed resource; build with the static factories.</summary>
public sealed record ReadinessCheck
{
    private ReadinessCheck(JsonObject json) => Json = json;

    private JsonObject Json { get; }

    /// <summary>Always ready.</summary>
    public static ReadinessCheck None { get; } = new(new JsonObject { ["type"] = "None" });

    /// <summary>Ready when <paramref name="fieldPath"/> exists.</summary>
    public static ReadinessCheck NonEmpty(string fieldPath) => new(new JsonObject { ["type"] = "NonEmpty", ["fieldPath"] = fieldPath });

    /// <summary>Ready when <paramref name="fieldPath"/> is the string <paramref name="value"/>.</summary>
    public static ReadinessCheck MatchString(string fieldPath, string value) =>
        new(new JsonObject { ["type"] = "MatchString", ["fieldPath"] = fieldPath, ["matchString"] = value });

    /// <summary>Ready when <paramref name="fieldPath"/> is the integer <paramref name="value"/>.</summary>
    public static ReadinessCheck MatchInteger(string fieldPath, long value) =>
        new(new JsonObject { ["type"] = "MatchInteger", ["fieldPath"] = fieldPath, ["matchInteger"] = value });

    /// <summary>Ready when <paramref name="fieldPath"/> is true.</summary>
    public static ReadinessCheck MatchTrue(string fieldPath) => new(new JsonObject { ["type"] = "MatchTrue", ["fieldPath"] = fieldPath });

    /// <summary>Ready when <paramref name="fieldPath"/> is false.</summary>
    public static ReadinessCheck MatchFalse(string fieldPath) => new(new JsonObject { ["type"] = "MatchFalse", ["fieldPath"] = fieldPath });

    /// <summary>Ready when the condition <paramref name="type"/> has status <paramref name="status"/>.</summary>
    public static ReadinessCheck MatchCondition(string type = "Ready", string status = "True") =>
        new(new JsonObject { ["type"] = "MatchCondition", ["matchCondition"] = new JsonObject { ["type"] = type, ["status"] = status } });

    internal JsonObject ToJson() => (JsonObject)Json.DeepClone();
}
