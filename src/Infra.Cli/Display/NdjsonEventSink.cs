using System.Text.Json;
using Infra.Engine.Events;

namespace Infra.Cli.Display;

/// <summary>Writes engine events as newline-delimited JSON (<c>--json</c>), one object per line with a <c>type</c>.</summary>
/// <param name="output">Where to write.</param>
internal sealed class NdjsonEventSink(TextWriter output) : IEngineEventSink
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    private readonly Lock _lock = new();

    public void Publish(EngineEvent engineEvent)
    {
        var type = engineEvent.GetType().Name.Replace("Event", "", StringComparison.Ordinal);
        var node = JsonSerializer.SerializeToNode(engineEvent, engineEvent.GetType(), Options)!.AsObject();
        node.Insert(0, "type", JsonNamingPolicy.CamelCase.ConvertName(type));
        lock (_lock)
        {
            output.WriteLine(node.ToJsonString());
        }
    }
}
