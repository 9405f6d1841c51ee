using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Infra.Compositions.Values;

/// <summary>
/// Helpers over <see cref="JsonNode"/> trees that model Go's <c>interface{}</c> values: numbers carry
/// their Go kind (<c>int</c>, <c>int64</c> or <c>float64</c>) as the CLR type stored in the node.
/// </summary>
internal static class GoValue
{
    public static GoKind KindOf(JsonNode? node) => node switch
    {
        null => GoKind.Nil,
        JsonObject => GoKind.Map,
        JsonArray => GoKind.Slice,
        JsonValue v when v.TryGetValue<string>(out _) => GoKind.String,
        JsonValue v when v.TryGetValue<bool>(out _) => GoKind.Bool,
        JsonValue v when v.TryGetValue<int>(out _) => GoKind.Int,
        JsonValue v when v.TryGetValue<long>(out _) => GoKind.Int64,
        JsonValue v when v.TryGetValue<double>(out _) => GoKind.Float64,
        JsonValue v => KindOfElement(v),
        _ => GoKind.Nil,
    };

    private static GoKind KindOfElement(JsonValue v) => v.GetValueKind() switch
    {
        JsonValueKind.String => GoKind.String,
        JsonValueKind.True or JsonValueKind.False => GoKind.Bool,
        JsonValueKind.Number => GoKind.Float64,
        _ => GoKind.Nil,
    };

    /// <summary>Go's <c>%T</c> spelling of the value's type.</summary>
    public static string TypeName(JsonNode? node) => TypeName(KindOf(node));

    public static string TypeName(GoKind kind) => kind switch
    {
        GoKind.Nil => "<nil>",
        GoKind.String => "string",
        GoKind.Bool => "bool",
        GoKind.Int => "int",
        GoKind.Int64 => "int64",
        GoKind.Float64 => "float64",
        GoKind.Map => "map[string]interface {}",
        _ => "[]interface {}",
    };

    public static bool IsNumber(GoKind kind) => kind is GoKind.Int or GoKind.Int64 or GoKind.Float64;

    public static string AsString(JsonNode node) => node.AsValue().TryGetValue<string>(out var s) ? s : node.GetValue<string>();

    public static bool AsBool(JsonNode node) => node.AsValue().TryGetValue<bool>(out var b) ? b : node.GetValue<bool>();

    public static long AsInt64(JsonNode node)
    {
        var v = node.AsValue();
        if (v.TryGetValue<long>(out var l)) return l;
        if (v.TryGetValue<int>(out var i)) return i;
        return (long)AsDouble(node);
    }

    public static double AsDouble(JsonNode node)
    {
        var v = node.AsValue();
        if (v.TryGetValue<double>(out var d)) return d;
        if (v.TryGetValue<long>(out var l)) return l;
        if (v.TryGetValue<int>(out var i)) return i;
        return v.GetValue<double>();
    }

    public static JsonNode? Clone(JsonNode? node) => node?.DeepClone();

    /// <summary>
    /// Copies a tree the way a protobuf <c>Struct</c> delivers it to the function: every number becomes float64.
    /// </summary>
    public static JsonNode? ToFloatTyped(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o => ToFloatTypedObject(o),
        JsonArray a => new JsonArray(a.Select(ToFloatTyped).ToArray()),
        JsonValue v => KindOf(v) switch
        {
            GoKind.String => JsonValue.Create(AsString(v)),
            GoKind.Bool => JsonValue.Create(AsBool(v)),
            GoKind.Nil => null,
            _ => JsonValue.Create(AsDouble(v)),
        },
        _ => null,
    };

    public static JsonObject ToFloatTypedObject(JsonObject o)
    {
        var copy = new JsonObject();
        foreach (var (k, v) in o) copy[k] = ToFloatTyped(v);
        return copy;
    }

    /// <summary>
    /// Copies a tree the way a JSON round-trip into unstructured content does: integral numbers become int64,
    /// others float64. Returns an error message for values JSON cannot encode (NaN, ±Inf).
    /// </summary>
    public static JsonNode? Normalize(JsonNode? node, out string? error)
    {
        error = null;
        switch (node)
        {
            case null:
                return null;
            case JsonObject o:
                {
                    var copy = new JsonObject();
                    foreach (var (k, v) in o)
                    {
                        copy[k] = Normalize(v, out error);
                        if (error is not null) return null;
                    }
                    return copy;
                }
            case JsonArray a:
                {
                    var copy = new JsonArray();
                    foreach (var v in a)
                    {
                        copy.Add(Normalize(v, out error));
                        if (error is not null) return null;
                    }
                    return copy;
                }
            default:
                {
                    var kind = KindOf(node);
                    switch (kind)
                    {
                        case GoKind.String: return JsonValue.Create(AsString(node));
                        case GoKind.Bool: return JsonValue.Create(AsBool(node));
                        case GoKind.Int or GoKind.Int64: return JsonValue.Create(AsInt64(node));
                        case GoKind.Float64:
                            {
                                var d = AsDouble(node);
                                if (double.IsNaN(d) || double.IsInfinity(d))
                                {
                                    error = "json: unsupported value: " + GoFloat.FormatG(d);
                                    return null;
                                }
                                if (Math.Floor(d) == d && Math.Abs(d) < 9.2e18) return JsonValue.Create((long)d);
                                return JsonValue.Create(d);
                            }
                        default: return null;
                    }
                }
        }
    }

    /// <summary>Normalizes a tree known to be encodable (throws on NaN/Inf, which is a broken contract here).</summary>
    public static JsonNode? Normalize(JsonNode? node)
    {
        var result = Normalize(node, out var error);
        return error is null ? result : throw new InvalidOperationException(error);
    }

    /// <summary>Deep equality that, like Go's <c>reflect.DeepEqual</c>, also compares number kinds.</summary>
    public static bool DeepEqualTyped(JsonNode? a, JsonNode? b)
    {
        var ka = KindOf(a);
        if (ka != KindOf(b)) return false;
        switch (ka)
        {
            case GoKind.Nil: return true;
            case GoKind.String: return AsString(a!) == AsString(b!);
            case GoKind.Bool: return AsBool(a!) == AsBool(b!);
            case GoKind.Int or GoKind.Int64: return AsInt64(a!) == AsInt64(b!);
            case GoKind.Float64: return AsDouble(a!).Equals(AsDouble(b!));
            case GoKind.Slice:
                {
                    var x = (JsonArray)a!;
                    var y = (JsonArray)b!;
                    if (x.Count != y.Count) return false;
                    for (var i = 0; i < x.Count; i++)
                        if (!DeepEqualTyped(x[i], y[i])) return false;
                    return true;
                }
            default:
                {
                    var x = (JsonObject)a!;
                    var y = (JsonObject)b!;
                    if (x.Count != y.Count) return false;
                    foreach (var (k, v) in x)
                        if (!y.TryGetPropertyValue(k, out var w) || !DeepEqualTyped(v, w)) return false;
                    return true;
                }
        }
    }

    /// <summary>Deep equality by JSON value: number kinds are ignored, map order is irrelevant.</summary>
    public static bool JsonEquals(JsonNode? a, JsonNode? b)
    {
        var ka = KindOf(a);
        var kb = KindOf(b);
        if (IsNumber(ka) && IsNumber(kb)) return AsDouble(a!).Equals(AsDouble(b!));
        if (ka != kb) return false;
        switch (ka)
        {
            case GoKind.Slice:
                {
                    var x = (JsonArray)a!;
                    var y = (JsonArray)b!;
                    if (x.Count != y.Count) return false;
                    for (var i = 0; i < x.Count; i++)
                        if (!JsonEquals(x[i], y[i])) return false;
                    return true;
                }
            case GoKind.Map:
                {
                    var x = (JsonObject)a!;
                    var y = (JsonObject)b!;
                    if (x.Count != y.Count) return false;
                    foreach (var (k, v) in x)
                        if (!y.TryGetPropertyValue(k, out var w) || !JsonEquals(v, w)) return false;
                    return true;
                }
            default:
                return DeepEqualTyped(a, b);
        }
    }

    /// <summary>mergo's notion of an empty value: "", 0, false, null, empty map or slice.</summary>
    public static bool IsEmpty(JsonNode? node) => KindOf(node) switch
    {
        GoKind.Nil => true,
        GoKind.String => AsString(node!).Length == 0,
        GoKind.Bool => !AsBool(node!),
        GoKind.Int or GoKind.Int64 => AsInt64(node!) == 0,
        GoKind.Float64 => AsDouble(node!) == 0,
        GoKind.Map => ((JsonObject)node!).Count == 0,
        _ => ((JsonArray)node!).Count == 0,
    };

    public static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);
}
