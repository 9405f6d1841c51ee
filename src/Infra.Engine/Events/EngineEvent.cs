using Infra.Engine.State;

namespace Infra.Engine.Events;

/// <summary>Something the engine reports while it works. Every text in an event is already redacted.</summary>
public abstract record EngineEvent;

/// <summary>A step is about to run (or, in preview, was planned).</summary>
/// <param name="Urn">The resource URN.</param>
/// <param name="Type">The resource type.</param>
/// <param name="Kind">The step kind.</param>
/// <param name="Preview">True in preview.</param>
public sealed record StepStartedEvent(string Urn, string Type, StepKind Kind, bool Preview) : EngineEvent;

/// <summary>A step finished.</summary>
/// <param name="Urn">The resource URN.</param>
/// <param name="Type">The resource type.</param>
/// <param name="Kind">The step kind.</param>
/// <param name="Duration">How long it took.</param>
/// <param name="ChangedPaths">Changed property paths (updates and replaces).</param>
/// <param name="Preview">True in preview.</param>
public sealed record StepFinishedEvent(string Urn, string Type, StepKind Kind, TimeSpan Duration, IReadOnlyList<string> ChangedPaths, bool Preview) : EngineEvent;

/// <summary>A step failed.</summary>
/// <param name="Urn">The resource URN.</param>
/// <param name="Type">The resource type.</param>
/// <param name="Kind">The step kind.</param>
/// <param name="Message">The redacted error.</param>
public sealed record StepFailedEvent(string Urn, string Type, StepKind Kind, string Message) : EngineEvent;

/// <summary>A resource was not processed because something it depends on failed.</summary>
/// <param name="Urn">The resource URN.</param>
/// <param name="Type">The resource type.</param>
/// <param name="Reason">Why.</param>
public sealed record StepSkippedEvent(string Urn, string Type, string Reason) : EngineEvent;

/// <summary>A message for the user.</summary>
/// <param name="Severity">info, warning or error.</param>
/// <param name="Urn">The resource it concerns, if any.</param>
/// <param name="Message">The redacted message.</param>
public sealed record DiagnosticEvent(string Severity, string? Urn, string Message) : EngineEvent;

/// <summary>The run is over.</summary>
/// <param name="Counts">Steps by kind (same included).</param>
/// <param name="Failed">How many steps failed.</param>
/// <param name="Duration">Wall time.</param>
/// <param name="Preview">True in preview.</param>
public sealed record SummaryEvent(IReadOnlyDictionary<StepKind, int> Counts, int Failed, TimeSpan Duration, bool Preview) : EngineEvent;

/// <summary>A new phase of an operation begins (preview pass, update pass).</summary>
/// <param name="Title">What is happening, e.g. <c>Previewing update (dev)</c>.</param>
public sealed record PhaseEvent(string Title) : EngineEvent;
