using System.Text.Json.Nodes;

namespace Infra.Compositions.Authoring;

/// <summary>A patch that copies one field path to another.</summary>
/// <param name="From">The source field path.</param>
/// <param name="To">The target field path; null writes to the same path as <paramref name="From"/>.</param>
public abstract record FieldPathPatch(string From, string? To) : Patch
{
    internal override void WriteFields(JsonObject patch)
    {
        patch["fromFieldPath"] = From;
        if (To is not null) patch["toFieldPath"] = To;
    }
}
