using System.Text.Json.Nodes;

namespace Infra.Components.Ci.Triggers;

/// <summary>A parameter of an interceptor.</summary>
/// <param name="Name">The parameter name.</param>
/// <param name="Value">The value (any JSON).</param>
public sealed record InterceptorParam(string Name, JsonNode Value);
