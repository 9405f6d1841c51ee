using System.Text.RegularExpressions;

namespace Infra.Components.Ci.Validation;

/// <summary>Variable references in Tekton strings: <c>$(tasks.t.results.r)</c> and <c>$(params.p)</c>.</summary>
internal static partial class TektonReferences
{
    internal static IEnumerable<(string Task, string Result)> Results(string? text) =>
        text is null ? [] : ResultPattern().Matches(text).Select(m => (m.Groups[1].Value, m.Groups[2].Value));

    internal static IEnumerable<string> Params(string? text) =>
        text is null ? [] : ParamPattern().Matches(text).Select(m => m.Groups[1].Value);

    [GeneratedRegex(@"\$\(tasks\.([^.()\s]+)\.results\.([^.()\[\]\s]+)")]
    private static partial Regex ResultPattern();

    [GeneratedRegex(@"\$\(params\.([^.()\[\]\s]+)")]
    private static partial Regex ParamPattern();
}
