namespace Infra.Compositions.Input;

/// <summary>A <c>math</c> transform block.</summary>
internal sealed record MathSpec(string? Type, long? Multiply, long? ClampMin, long? ClampMax);
