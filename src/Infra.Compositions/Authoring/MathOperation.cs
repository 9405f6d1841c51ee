namespace Infra.Compositions.Authoring;

/// <summary>The operation of a <see cref="MathTransform"/>.</summary>
public enum MathOperation
{
    /// <summary>Multiply the input by the operand.</summary>
    Multiply,

    /// <summary>Raise the input to at least the operand.</summary>
    ClampMin,

    /// <summary>Lower the input to at most the operand.</summary>
    ClampMax,
}
