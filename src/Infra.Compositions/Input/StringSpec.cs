namespace Infra.Compositions.Input;

/// <summary>A <c>string</c> transform block.</summary>
internal sealed record StringSpec(
    string? Type,
    string? Format = null,
    string? Convert = null,
    string? Trim = null,
    StringRegexpSpec? Regexp = null,
    string? JoinSeparator = null,
    bool HasJoin = false,
    StringReplaceSpec? Replace = null);
