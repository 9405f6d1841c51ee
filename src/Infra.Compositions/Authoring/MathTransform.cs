using System.Text.Json.Nodes;

namespace Infra.Compositions.Authoring;

/// <summary>Arithmetic on a numeric input.</summary>
/// <param name="Operation">Multiply, ClampMin or ClampMax.</param>
/// <param name="Operand">The integer operand.</param>
public sealed record MathTransform(MathOperation Operation, long Operand) : Transform
{
    internal override JsonObject ToJson()
    {
        var field = Operation switch
        {
            MathOperation.Multiply => "multiply",
            MathOperation.ClampMin => "clampMin",
            _ => "clampMax",
        };
        return new JsonObject { ["type"] = "math", ["math"] = new JsonObject { ["type"] = Operation.ToString(), [field] = Operand } };
    }
}
