using System.Text.Json;
using Infra.Engine.Events;

namespace Infra.Cli.Display;

/// <summary>Writes engine events as newline-delimited JSON (<c>--json</c>), one object per line named by its <c>event</c> field.</summary>
/// <param name="output">Where to write.</param>
internal sealed class NdjsonEventSink(TextWriter output) : IEngineEventSink
{
    private static readonly JsonSerializerOptions Options = NdjsonEventJson.Default.Options;

    private readonly Lock _lock = new();

    public void Publish(EngineEvent engineEvent)
    {
        var type = JsonNamingPolicy.CamelCase.ConvertName(engineEvent.GetType().Name.Replace("Event", "", StringComparison.Ordinal));
        var node = new System.Text.Json.Nodes.JsonObject { ["event"] = type };
        foreach (var (key, value) in JsonSerializer.SerializeToNode(engineEvent, Options.GetTypeInfo(engineEvent.GetType()))!.AsObject().ToList())
        {
            node[key] = value?.DeepClone();
        }
        lock (_lock)
        {
            output.WriteLine(node.ToJsonString(Options));
        }
    }
}
