using System.Text.Json;
using System.Text.Json.Serialization;
using Infra.Engine.Events;
using Infra.Engine.State;

namespace Infra.Cli.Display;

/// <summary>
/// Source-generated JSON for the events <see cref="NdjsonEventSink"/> writes: web defaults (camelCase names) and step
/// kinds as camelCase strings. Every event type the engine publishes must be listed; the sink cannot write any other.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, Converters = [typeof(CamelCaseStepKindConverter)])]
[JsonSerializable(typeof(StepStartedEvent))]
[JsonSerializable(typeof(StepFinishedEvent))]
[JsonSerializable(typeof(StepFailedEvent))]
[JsonSerializable(typeof(StepSkippedEvent))]
[JsonSerializable(typeof(DiagnosticEvent))]
[JsonSerializable(typeof(SummaryEvent))]
[JsonSerializable(typeof(PhaseEvent))]
internal sealed partial class NdjsonEventJson : JsonSerializerContext
{
    private sealed class CamelCaseStepKindConverter() : JsonStringEnumConverter<StepKind>(JsonNamingPolicy.CamelCase);
}
