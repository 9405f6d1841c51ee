using System.Globalization;
using Infra.Engine.Events;
using Infra.Engine.State;

namespace Infra.Cli.Display;

/// <summary>
/// Shows steps as they happen, indented by their place in the component tree, with step symbols and durations.
/// On a terminal the lines are coloured; elsewhere they are plain. Unchanged resources are not listed.
/// </summary>
/// <param name="output">Where to write.</param>
/// <param name="color">True to use ANSI colours.</param>
internal sealed class ProgressRenderer(TextWriter output, bool color) : IEngineEventSink
{
    private readonly Lock _lock = new();

    public void Publish(EngineEvent engineEvent)
    {
        var line = engineEvent switch
        {
            PhaseEvent e => e.Title,
            StepFinishedEvent { Kind: StepKind.Same or StepKind.Outputs } => null,
            StepFinishedEvent { Preview: true } e => Format(e.Kind, e.Urn, StepSymbols.Future(e.Kind), null),
            StepFinishedEvent e => Format(e.Kind, e.Urn, StepSymbols.Past(e.Kind), e.Duration),
            StepFailedEvent e => Paint("31", $"{Indent(e.Urn)}x {Describe(e.Urn)} failed: {e.Message}"),
            StepSkippedEvent e => Paint("33", $"{Indent(e.Urn)}! {Describe(e.Urn)} skipped: {e.Reason}"),
            DiagnosticEvent { Severity: "warning" } e => Paint("33", $"warning: {(e.Urn is null ? "" : Describe(e.Urn) + ": ")}{e.Message}"),
            DiagnosticEvent { Severity: "error" } e => Paint("31", $"error: {e.Message}"),
            DiagnosticEvent e => $"  {e.Message}",
            _ => null,
        };
        if (line is null)
        {
            return;
        }
        lock (_lock)
        {
            output.WriteLine(line);
        }
    }

    private string Format(StepKind kind, string urn, string verb, TimeSpan? duration)
    {
        var text = $"{Indent(urn)}{StepSymbols.Symbol(kind),-2} {Describe(urn)} {verb}{(duration is { } d ? $" ({d.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)}s)" : "")}";
        return kind switch
        {
            StepKind.Create => Paint("32", text),
            StepKind.Update or StepKind.Refresh => Paint("33", text),
            StepKind.Replace => Paint("35", text),
            StepKind.Delete or StepKind.DeleteReplaced or StepKind.Remove => Paint("31", text),
            _ => text,
        };
    }

    private static string Indent(string urn) => new(' ', 2 + (2 * Infra.Urn.QualifiedType(urn).Count(c => c == '$')));

    private static string Describe(string urn) => $"{Infra.Urn.Type(urn)} {Infra.Urn.Name(urn)}";

    private string Paint(string code, string text) => color ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
