using System.Text.Json.Nodes;
using Infra.Compositions.Input;
using Infra.Compositions.Validation;
using Infra.Compositions.Values;

namespace Infra.Compositions.Transforms;

/// <summary>The <c>math</c> transform: Multiply, ClampMin, ClampMax (SPEC §5.3).</summary>
internal static class MathTransform
{
    public static ValidationError? Validate(MathSpec math) => math.Type switch
    {
        null or "" => ValidationError.Required("type", "math transform type is required"),
        "Multiply" when math.Multiply is null => ValidationError.Required("multiply", "must specify a value if a multiply math transform is specified"),
        "ClampMin" when math.ClampMin is null => ValidationError.Required("clampMin", "must specify a value if a clamp min math transform is specified"),
        "ClampMax" when math.ClampMax is null => ValidationError.Required("clampMax", "must specify a value if a clamp max math transform is specified"),
        "Multiply" or "ClampMin" or "ClampMax" => null,
        _ => ValidationError.Invalid("type", math.Type, "unknown math transform type"),
    };

    public static JsonNode? Resolve(MathSpec math, JsonNode? input, out string? error)
    {
        error = Validate(math)?.ToString();
        if (error is not null) return null;
        var kind = GoValue.KindOf(input);
        if (!GoValue.IsNumber(kind))
        {
            error = $"input is required to be a number for math transformer, got {GoValue.TypeName(kind)}";
            return null;
        }
        var isFloat = kind == GoKind.Float64;
        switch (math.Type)
        {
            case "Multiply":
                return isFloat
                    ? JsonValue.Create(GoValue.AsDouble(input!) * math.Multiply!.Value)
                    : JsonValue.Create(unchecked(GoValue.AsInt64(input!) * math.Multiply!.Value));
            case "ClampMin":
                return Truncated(input!, isFloat) < math.ClampMin!.Value ? JsonValue.Create(math.ClampMin.Value) : input;
            default:
                return Truncated(input!, isFloat) > math.ClampMax!.Value ? JsonValue.Create(math.ClampMax.Value) : input;
        }
    }

    private static long Truncated(JsonNode input, bool isFloat) => isFloat ? (long)Math.Truncate(GoValue.AsDouble(input)) : GoValue.AsInt64(input);
}
