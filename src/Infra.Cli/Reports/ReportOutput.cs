using System.CommandLine;
using Infra.Engine.Diagnostics;

namespace Infra.Cli.Reports;

/// <summary>The <c>--output</c>/<c>--output-file</c> pair of <c>preview</c> and writing what it asks for.</summary>
internal static class ReportOutput
{
    /// <summary>The report formats of <c>preview</c>.</summary>
    public static Option<string> PreviewFormat()
    {
        var option = new Option<string>("--output", "-o")
        {
            Description = "text: the progress view (default); markdown: a pull-request comment (step counts, changes by component, "
                + "collapsible diffs, policy results; always under 65,000 characters); html: one self-contained page with the summary, "
                + "the resource graph as SVG and every diff. The progress view moves to standard error when the report goes to standard output.",
            DefaultValueFactory = _ => "text",
        };
        option.AcceptOnlyFromAmong("text", "markdown", "html");
        return option;
    }

    /// <summary>Where to write the report.</summary>
    public static Option<string?> File() => new("--output-file") { Description = "Write the markdown or html report to this file instead of standard output." };

    /// <summary>Renders <paramref name="report"/> as markdown or html.</summary>
    public static string Render(string format, PlanReport report) => format switch
    {
        "markdown" => MarkdownPlanReport.Render(report),
        "html" => HtmlPlanReport.Render(report),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "only markdown and html are plan reports."),
    };

    /// <summary>Writes <paramref name="text"/> to <paramref name="file"/> (creating its folder) or, when null, to standard output.</summary>
    public static async Task WriteAsync(CliContext context, string? file, string text, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            await context.Out.WriteAsync(text).ConfigureAwait(false);
            await context.Out.FlushAsync(cancellationToken).ConfigureAwait(false);
            return;
        }
        var path = context.ResolvePath(file);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await System.IO.File.WriteAllTextAsync(path, text, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{file}: cannot write the report: {e.Message}");
        }
    }
}
