using System.Text.Json.Nodes;

namespace Infra.Compositions.Authoring;

/// <summary>Inlines the patches of a named <see cref="PatchSet"/>.</summary>
/// <param name="Name">The patch set's name.</param>
public sealed record PatchSetReference(string Name) : Patch
{
    /// <inheritdoc />
    public override string Type => "PatchSet";

    internal override void WriteFields(JsonObject patch) => patch["patchSetName"] = Name;
}
