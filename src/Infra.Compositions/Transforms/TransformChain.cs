using System.Text.Json.Nodes;
using Infra.Compositions.Input;

namespace Infra.Compositions.Transforms;

/// <summary>Runs a patch's transforms in order, each receiving the previous output.</summary>
internal static class TransformChain
{
    public static JsonNode? Apply(IReadOnlyList<TransformSpec> transforms, JsonNode? input, out string? error)
    {
        error = null;
        var value = input;
        for (var i = 0; i < transforms.Count; i++)
        {
            value = Resolve(transforms[i], value, out var detail);
            if (detail is not null)
            {
                error = TransformError.AtIndex(i, detail);
                return null;
            }
        }
        return value;
    }

    /// <summary>Dispatches on the transform type; the error is already prefixed with the type.</summary>
    public static JsonNode? Resolve(TransformSpec transform, JsonNode? input, out string? error)
    {
        error = null;
        JsonNode? output;
        string? detail;
        switch (transform.Type)
        {
            case "math" when transform.Math is not null: output = MathTransform.Resolve(transform.Math, input, out detail); break;
            case "map" when transform.Map is not null: output = MapTransform.Resolve(transform.Map, input, out detail); break;
            case "match" when transform.Match is not null: output = MatchTransform.Resolve(transform.Match, input, out detail); break;
            case "string" when transform.String is not null: output = StringTransform.Resolve(transform.String, input, out detail); break;
            case "convert" when transform.Convert is not null: output = ConvertTransform.Resolve(transform.Convert, input, out detail); break;
            case "math" or "map" or "match" or "string" or "convert":
                error = $"given transform type {transform.Type} requires configuration";
                return null;
            default:
                error = $"transform type {transform.Type} is not supported";
                return null;
        }
        if (detail is not null)
        {
            error = TransformError.CouldNotResolve(transform.Type, detail);
            return null;
        }
        return output;
    }
}
