using System.Text.Json.Nodes;

namespace Infra.Compositions.Rendering;

/// <summary>Either the rendered documents in output order, or an error naming its source.</summary>
internal sealed record RenderOutcome(IReadOnlyList<JsonObject>? Documents, RenderSource Source = RenderSource.Composition, string? Error = null, string? Location = null)
{
    public static RenderOutcome Fail(RenderSource source, string error, string? location = null) => new(null, source, error, location);
}
