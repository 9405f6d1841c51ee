using System.Text.Json.Nodes;
using Infra.Compositions.Input;
using Infra.Compositions.Values;

namespace Infra.Compositions.Transforms;

/// <summary>The <c>map</c> transform: exact string key lookup, JSON value out (SPEC §5.1).</summary>
internal static class MapTransform
{
    public static JsonNode? Resolve(MapSpec map, JsonNode? input, out string? error)
    {
        error = null;
        if (GoValue.KindOf(input) != GoKind.String)
        {
            error = $"type {GoValue.TypeName(input)} is not supported for map transform";
            return null;
        }
        var key = GoValue.AsString(input!);
        if (!map.Pairs.TryGetValue(key, out var value))
        {
            error = $"key {key} is not found in map";
            return null;
        }
        if (value is null)
        {
            error = $"value for key {key} is not valid JSON: unexpected end of JSON input";
            return null;
        }
        return GoValue.ToFloatTyped(value);
    }
}
