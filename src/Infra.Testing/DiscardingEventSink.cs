using Infra.Engine.Events;

namespace Infra.Testing;

/// <summary>Drops engine progress events; a snapshot preview reports only its plan and failures.</summary>
internal sealed class DiscardingEventSink : IEngineEventSink
{
    public void Publish(EngineEvent engineEvent)
    {
    }
}
