using System.Text.Json.Nodes;

namespace Infra.Components.Ci.ArgoCd;

/// <summary>A list generator: one Application per element.</summary>
/// <param name="Elements">The elements (string-valued objects used as template variables).</param>
public sealed record ApplicationSetListGenerator(IReadOnlyList<JsonObject> Elements);
