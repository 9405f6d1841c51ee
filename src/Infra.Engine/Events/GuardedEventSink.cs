namespace Infra.Engine.Events;

/// <summary>Keeps a failing display from breaking a deployment: an exception in a sink is dropped, not rethrown.</summary>
/// <param name="inner">The sink to guard.</param>
public sealed class GuardedEventSink(IEngineEventSink inner) : IEngineEventSink
{
    /// <inheritdoc />
    public void Publish(EngineEvent engineEvent)
    {
        try
        {
            inner.Publish(engineEvent);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The run must finish and record state even when its display cannot show an event.
        }
    }
}
