using System.Text.RegularExpressions;

namespace Infra.Components.Ci.Validation;

/// <summary>Variable references in Argo strings: <c>{{tasks.t.outputs.parameters.p}}</c> and <c>{{workflow.parameters.p}}</c>.</summary>
internal static partial class ArgoReferences
{
    internal static IEnumerable<(string Task, string Parameter)> TaskOutputs(string? text) =>
        text is null ? [] : TaskOutputPattern().Matches(text).Select(m => (m.Groups[1].Value, m.Groups[2].Value));

    internal static IEnumerable<string> WorkflowParameters(string? text) =>
        text is null ? [] : WorkflowParameterPattern().Matches(text).Select(m => m.Groups[1].Value);

    [GeneratedRegex(@"\{\{\s*tasks\.([^.{}\s]+)\.outputs\.parameters\.([^.{}\s]+)\s*\}\}")]
    private static partial Regex TaskOutputPattern();

    [GeneratedRegex(@"\{\{\s*workflow\.parameters\.([^.{}\s]+)\s*\}\}")]
    private static partial Regex WorkflowParameterPattern();
}
