namespace Infra.Compositions.Input;

/// <summary>A named, reusable list of patches.</summary>
internal sealed record PatchSetSpec(string Name, IReadOnlyList<PatchSpec> Patches);
