using System.Text.Json.Nodes;

namespace Infra.Compositions.Authoring;

/// <summary>A patch that formats several source fields into one string with a Go format string.</summary>
/// <param name="Variables">The source field paths, passed to the format in order.</param>
/// <param name="Format">A Go <c>fmt</c> format string such as <c>%s-%s</c>.</param>
/// <param name="To">The target field path.</param>
public abstract record CombinePatch(IReadOnlyList<string> Variables, string Format, string To) : Patch
{
    internal override void WriteFields(JsonObject patch)
    {
        patch["combine"] = new JsonObject
        {
            ["variables"] = new JsonArray(Variables.Select(v => (JsonNode)new JsonObject { ["fromFieldPath"] = v }).ToArray()),
            ["strategy"] = "string",
            ["string"] = new JsonObject { ["fmt"] = Format },
        };
        patch["toFieldPath"] = To;
    }
}
