using System.Text.Json.Nodes;

namespace Infra.Compositions.Authoring;

/// <summary>Converts the input to another type.</summary>
/// <param name="ToType">The target type.</param>
/// <param name="Format">How to read the input; <see cref="ConvertFormat.None"/> is omitted from the YAML.</param>
public sealed record ConvertTransform(ConvertType ToType, ConvertFormat Format = ConvertFormat.None) : Transform
{
    internal override JsonObject ToJson()
    {
        var convert = new JsonObject { ["toType"] = ToType.ToString().ToLowerInvariant() };
        if (Format != ConvertFormat.None) convert["format"] = Format.ToString().ToLowerInvariant();
        return new JsonObject { ["type"] = "convert", ["convert"] = convert };
    }
}
