namespace Infra.Compositions.Input;

/// <summary>The <c>replace</c> block of a string transform.</summary>
internal sealed record StringReplaceSpec(string Search, string Replace);
