namespace Infra.Compositions.Input;

/// <summary>A <c>convert</c> transform block.</summary>
internal sealed record ConvertSpec(string? ToType, string? Format);
