namespace Infra.Compositions.Input;

/// <summary>A patch's <c>policy</c> block.</summary>
internal sealed record PolicySpec(string? FromFieldPath, string? ToFieldPath);
