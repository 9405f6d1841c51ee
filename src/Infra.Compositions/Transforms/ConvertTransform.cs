using System.Collections.Frozen;
using System.Text.Json.Nodes;
using Infra.Compositions.Input;
using Infra.Compositions.Validation;
using Infra.Compositions.Values;

namespace Infra.Compositions.Transforms;

/// <summary>The <c>convert</c> transform between string, int64, bool, float64, object and array (SPEC §5.5).</summary>
internal static class ConvertTransform
{
    private static readonly FrozenSet<string> Types = new[] { "string", "int", "int64", "bool", "float64", "object", "array" }.ToFrozenSet(StringComparer.Ordinal);

    public static ValidationError? Validate(ConvertSpec spec)
    {
        if (spec.Format is not (null or "" or "none" or "quantity" or "json"))
            return ValidationError.Invalid("format", spec.Format, "invalid format");
        if (spec.ToType is null || !Types.Contains(spec.ToType))
            return ValidationError.Invalid("toType", spec.ToType, "invalid type");
        return null;
    }

    public static JsonNode? Resolve(ConvertSpec spec, JsonNode? input, out string? error)
    {
        error = Validate(spec)?.ToString();
        if (error is not null) return null;
        var kind = GoValue.KindOf(input);
        if (kind is GoKind.Nil or GoKind.Map or GoKind.Slice)
        {
            error = "invalid input type " + GoValue.TypeName(kind);
            return null;
        }
        var from = kind == GoKind.Int ? "int64" : GoValue.TypeName(kind);
        var to = spec.ToType == "int" ? "int64" : spec.ToType!;
        if (from == to) return input;
        var format = string.IsNullOrEmpty(spec.Format) ? "none" : spec.Format;
        var result = Convert(from, to, format, input!, out error, out var supported);
        if (!supported) error = $"conversion from {GoValue.TypeName(kind)} to {to} is not supported with format {format}";
        return result;
    }

    private static JsonNode? Convert(string from, string to, string format, JsonNode input, out string? error, out bool supported)
    {
        error = null;
        supported = true;
        switch (from, to, format)
        {
            case ("string", "int64", "none"):
                return GoStrconv.ParseInt(GoValue.AsString(input), out error) is { } l ? JsonValue.Create(l) : null;
            case ("string", "bool", "none"):
                return GoStrconv.ParseBool(GoValue.AsString(input), out error) is { } b ? JsonValue.Create(b) : null;
            case ("string", "float64", "none"):
                return GoStrconv.ParseFloat(GoValue.AsString(input), out error) is { } d ? JsonValue.Create(d) : null;
            case ("string", "float64", "quantity"):
                return Quantity.Parse(GoValue.AsString(input), out error) is { } q ? JsonValue.Create(q) : null;
            case ("string", "object", "json"):
                return ParseJson(GoValue.AsString(input), wantObject: true, out error);
            case ("string", "array", "json"):
                return ParseJson(GoValue.AsString(input), wantObject: false, out error);
            case ("int64", "string", "none"):
                return JsonValue.Create(GoValue.Invariant(GoValue.AsInt64(input)));
            case ("int64", "bool", "none"):
                return JsonValue.Create(GoValue.AsInt64(input) == 1);
            case ("int64", "float64", "none"):
                return JsonValue.Create((double)GoValue.AsInt64(input));
            case ("bool", "string", "none"):
                return JsonValue.Create(GoValue.AsBool(input) ? "true" : "false");
            case ("bool", "int64", "none"):
                return JsonValue.Create(GoValue.AsBool(input) ? 1L : 0L);
            case ("bool", "float64", "none"):
                return JsonValue.Create(GoValue.AsBool(input) ? 1.0 : 0.0);
            case ("float64", "string", "none"):
                return JsonValue.Create(GoFloat.FormatF(GoValue.AsDouble(input)));
            case ("float64", "int64", "none"):
                return JsonValue.Create(TruncateToInt64(GoValue.AsDouble(input)));
            case ("float64", "bool", "none"):
                return JsonValue.Create(GoValue.AsDouble(input) == 1.0);
            default:
                supported = false;
                return null;
        }
    }

    private static long TruncateToInt64(double d) =>
        double.IsNaN(d) ? long.MinValue : d >= 9.2233720368547758e18 ? long.MinValue : d <= -9.2233720368547758e18 ? long.MinValue : (long)Math.Truncate(d);

    private static JsonNode? ParseJson(string text, bool wantObject, out string? error)
    {
        var parsed = GoJsonParser.Parse(text, out error);
        if (error is not null) return null;
        var kind = GoValue.KindOf(parsed);
        if (kind == GoKind.Nil) return wantObject ? new JsonObject() : null;
        if (wantObject && kind == GoKind.Map || !wantObject && kind == GoKind.Slice) return parsed;
        var jsonKind = kind switch
        {
            GoKind.Map => "object",
            GoKind.Slice => "array",
            GoKind.String => "string",
            GoKind.Bool => "bool",
            _ => "number",
        };
        error = $"json: cannot unmarshal {jsonKind} into Go value of type {(wantObject ? "map[string]interface {}" : "[]interface {}")}";
        return null;
    }
}
