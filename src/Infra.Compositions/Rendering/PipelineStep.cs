using System.Text.Json.Nodes;

namespace Infra.Compositions.Rendering;

/// <summary>One step of a Composition pipeline.</summary>
internal sealed record PipelineStep(string Name, string FunctionName, JsonNode? Input);
