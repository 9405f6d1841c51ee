using Infra.Compositions.Input;

namespace Infra.Compositions.Patches;

/// <summary>Inlines <c>type: PatchSet</c> patches with the named set's patches, in place (SPEC §3.6).</summary>
internal static class PatchSetResolver
{
    public static IReadOnlyList<ComposedTemplate>? Resolve(IReadOnlyList<PatchSetSpec> patchSets, IReadOnlyList<ComposedTemplate> templates, out string? error)
    {
        error = null;
        foreach (var set in patchSets)
        {
            if (set.Patches.Any(p => p.Type == PatchTypes.PatchSet))
            {
                error = "a patch in a PatchSet cannot be of type PatchSet";
                return null;
            }
        }
        var resolved = new List<ComposedTemplate>();
        foreach (var template in templates)
        {
            var patches = new List<PatchSpec>();
            foreach (var patch in template.Patches)
            {
                if (patch.Type != PatchTypes.PatchSet)
                {
                    patches.Add(patch);
                    continue;
                }
                var set = patchSets.FirstOrDefault(s => s.Name == patch.PatchSetName);
                if (set is null)
                {
                    error = $"cannot find PatchSet by name {patch.PatchSetName}";
                    return null;
                }
                patches.AddRange(set.Patches);
            }
            resolved.Add(template with { Patches = patches });
        }
        return resolved;
    }
}
