namespace Infra.Compositions.Input;

/// <summary>A transform: its type and the configuration block for that type (others are ignored).</summary>
internal sealed record TransformSpec(
    string Type,
    MathSpec? Math = null,
    MapSpec? Map = null,
    MatchSpec? Match = null,
    StringSpec? String = null,
    ConvertSpec? Convert = null);
