using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Infra.Compositions.Conformance;
using Infra.Compositions.Values;

namespace Infra.Compositions;

/// <summary>
/// Runs language-neutral patch-and-transform vectors (the <c>cases.json</c> format, SPEC §12) and
/// <c>crossplane render</c> example directories through the engine, comparing exactly.
/// </summary>
public static class ConformanceRunner
{
    /// <summary>
    /// The CLI verb: runs a vector file, or every example under a directory. Exit code 0 when all cases pass,
    /// 1 when some fail, 2 when the file cannot be read. The output ends with <c>N passed, N failed</c>.
    /// </summary>
    public static CompositionResult Run(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        ConformanceReport? report;
        CompositionDiagnostic? diagnostic = null;
        if (Directory.Exists(path)) report = RunExamples(path);
        else report = RunVectorFile(path, out diagnostic);
        if (report is null) return CompositionResult.BadInput(diagnostic!);
        var text = new StringBuilder();
        foreach (var failure in report.Failures) text.Append("FAIL ").Append(failure.Id).Append(": ").Append(failure.Reason).Append('\n');
        text.Append(report.Summary).Append('\n');
        return new CompositionResult(report.Failed == 0 ? CompositionExitCodes.Success : CompositionExitCodes.Failures, text.ToString(), []);
    }

    /// <summary>Runs every case of a vector file; returns null with a diagnostic when the file is unreadable.</summary>
    public static ConformanceReport? RunVectorFile(string path, out CompositionDiagnostic? diagnostic)
    {
        ArgumentNullException.ThrowIfNull(path);
        diagnostic = null;
        JsonNode? document;
        try
        {
            document = JsonNode.Parse(File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            diagnostic = new CompositionDiagnostic(path, null, "cannot read vector file: " + e.Message);
            return null;
        }
        if (document?["cases"] is not JsonArray cases)
        {
            diagnostic = new CompositionDiagnostic(path, "cases", "a vector file is an object with a \"cases\" array");
            return null;
        }
        var results = new List<ConformanceCaseResult>();
        for (var i = 0; i < cases.Count; i++)
        {
            if (cases[i] is not JsonObject testCase)
            {
                results.Add(new ConformanceCaseResult($"cases[{i}]", false, "a case must be an object"));
                continue;
            }
            var id = testCase["id"] is JsonValue v && GoValue.KindOf(v) == GoKind.String ? GoValue.AsString(v) : $"cases[{i}]";
            string? reason;
            try
            {
                reason = CaseRunner.Run((JsonObject)testCase.DeepClone());
            }
            catch (Exception e) when (e is InvalidOperationException or FormatException or KeyNotFoundException)
            {
                // A member of the wrong JSON type in the case itself (not in the engine's input).
                reason = "malformed case: " + e.Message;
            }
            results.Add(new ConformanceCaseResult(id, reason is null, reason));
        }
        return new ConformanceReport(path, results);
    }

    /// <summary>
    /// Renders every directory under <paramref name="directory"/> holding <c>xr.yaml</c>, <c>composition.yaml</c>
    /// and <c>expected-output.yaml</c> (plus optional <c>functions.yaml</c>, <c>observed/</c>, <c>environment.yaml</c>)
    /// and compares the output text exactly.
    /// </summary>
    public static ConformanceReport RunExamples(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var results = new List<ConformanceCaseResult>();
        var folders = new[] { directory }.Concat(Directory.GetDirectories(directory, "*", SearchOption.AllDirectories)).OrderBy(d => d, StringComparer.Ordinal);
        foreach (var folder in folders)
        {
            var expectedPath = Path.Combine(folder, "expected-output.yaml");
            if (!File.Exists(expectedPath) || !File.Exists(Path.Combine(folder, "xr.yaml"))) continue;
            var id = Path.GetRelativePath(directory, folder);
            var options = new RenderOptions(
                Path.Combine(folder, "xr.yaml"),
                Path.Combine(folder, "composition.yaml"),
                Optional(Path.Combine(folder, "functions.yaml")),
                Optional(Path.Combine(folder, "observed")),
                Optional(Path.Combine(folder, "environment.yaml")),
                IncludeFunctionResults: File.Exists(Path.Combine(folder, "include-function-results")));
            var result = CompositionRenderer.Render(options);
            var expected = File.ReadAllText(expectedPath);
            string? reason = null;
            if (!result.Succeeded) reason = "render failed: " + string.Join("; ", result.Diagnostics);
            else if (result.Output != expected) reason = $"output differs:\n--- want\n{expected}\n--- got\n{result.Output}";
            results.Add(new ConformanceCaseResult("examples/" + (id == "." ? "" : id), reason is null, reason));
        }
        return new ConformanceReport(directory, results);
    }

    private static string? Optional(string path) => File.Exists(path) || Directory.Exists(path) ? path : null;
}
