namespace Infra.Compositions.Input;

/// <summary>The <c>regexp</c> block of a string transform.</summary>
internal sealed record StringRegexpSpec(string Match, int? Group);
