using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenTelemetry;

namespace Infra.Cli.Telemetry;

/// <summary>Writes finished spans as JSON lines (<c>--tracing file://trace.json</c>) for offline reading.</summary>
/// <param name="path">The file to append to.</param>
internal sealed class FileSpanExporter(string path) : BaseExporter<Activity>
{
    private readonly Lock _lock = new();

    public override ExportResult Export(in Batch<Activity> batch)
    {
        var lines = new List<string>();
        foreach (var activity in batch)
        {
            var span = new JsonObject
            {
                ["traceId"] = activity.TraceId.ToHexString(),
                ["spanId"] = activity.SpanId.ToHexString(),
                ["parentSpanId"] = activity.ParentSpanId == default ? null : activity.ParentSpanId.ToHexString(),
                ["name"] = activity.DisplayName,
                ["start"] = activity.StartTimeUtc.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
                ["durationMs"] = activity.Duration.TotalMilliseconds,
                ["status"] = activity.Status.ToString(),
                ["statusDescription"] = activity.StatusDescription,
                ["attributes"] = new JsonObject(activity.TagObjects.Select(t => KeyValuePair.Create(t.Key, (JsonNode?)JsonValue.Create(t.Value?.ToString())))),
            };
            lines.Add(span.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
        }
        lock (_lock)
        {
            File.AppendAllLines(path, lines);
        }
        return ExportResult.Success;
    }
}
