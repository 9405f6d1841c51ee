namespace Infra.Compositions.Authoring;

/// <summary>A named list of patches that resources include with <see cref="PatchSetReference"/>.</summary>
/// <param name="Name">The name resources refer to.</param>
/// <param name="Patches">The patches (a patch set cannot reference another patch set).</param>
public sealed record PatchSet(string Name, IReadOnlyList<Patch> Patches);
