using System.Text.Json.Nodes;

namespace Infra.Compositions.Input;

/// <summary>A <c>map</c> transform block; values are raw JSON.</summary>
internal sealed record MapSpec(IReadOnlyDictionary<string, JsonNode?> Pairs);
