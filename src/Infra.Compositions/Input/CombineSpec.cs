namespace Infra.Compositions.Input;

/// <summary>A Combine patch's <c>combine</c> block; <see cref="Format"/> is null when <c>string</c> is absent.</summary>
internal sealed record CombineSpec(IReadOnlyList<string> Variables, string? Strategy, bool HasString, string? Format);
