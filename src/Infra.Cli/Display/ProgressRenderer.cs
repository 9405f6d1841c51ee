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
    private List<string> _pending = [];
    private bool _writing;

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
        // Lines are queued and written in batches by whichever publisher finds no batch in flight: with thousands of
        // steps finishing at once, one write per line under a shared lock had the step threads spinning on it. A
        // publisher that queues behind a writer returns at once; the writer drains the queue (its own line included)
        // before it returns, so every line is out once all publishers have returned.
        lock (_lock)
        {
            _pending.Add(line);
            if (_writing)
            {
                return;
            }
            _writing = true;
        }
        while (true)
        {
            List<string> batch;
            lock (_lock)
            {
                if (_pending.Count == 0)
                {
                    _writing = false;
                    return;
                }
                batch = _pending;
                _pending = [];
            }
            try
            {
                output.Write(string.Join(Environment.NewLine, batch) + Environment.NewLine);
            }
            catch
            {
                lock (_lock)
                {
                    _writing = false;
                }
                throw;
            }
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

    private static string Indent(string urn) => new(' ', 2 + (2 * Infra.Urn.QualifiedType(urn).AsSpan().Count('$')));

    private static string Describe(string urn) => $"{Infra.Urn.Type(urn)} {Infra.Urn.Name(urn)}";

    private string Paint(string code, string text) => color ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
