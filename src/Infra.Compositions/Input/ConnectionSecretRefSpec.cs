namespace Infra.Compositions.Input;

/// <summary>The input's <c>writeConnectionSecretToRef</c> (used for v2 XRs).</summary>
internal sealed record ConnectionSecretRefSpec(string? Name, string? Namespace, IReadOnlyList<PatchSpec> Patches);
