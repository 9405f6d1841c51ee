namespace Infra.Engine.Events;

/// <summary>Receives engine events (the progress view, NDJSON output, tests). Must be thread-safe.</summary>
public interface IEngineEventSink
{
    /// <summary>Handles one event.</summary>
    void Publish(EngineEvent engineEvent);
}

/// <summary>Fans events out to several sinks.</summary>
/// <param name="sinks">The sinks.</param>
public sealed class CompositeEventSink(params IEngineEventSink[] sinks) : IEngineEventSink
{
    /// <inheritdoc />
    public void Publish(EngineEvent engineEvent)
    {
        foreach (var sink in sinks)
        {
            sink.Publish(engineEvent);
        }
    }
}

/// <summary>Keeps every event, for tests and summaries.</summary>
public sealed class RecordingEventSink : IEngineEventSink
{
    private readonly List<EngineEvent> _events = [];
    private readonly Lock _lock = new();

    /// <summary>The events so far.</summary>
    public IReadOnlyList<EngineEvent> Events
    {
        get
        {
            lock (_lock)
            {
                return [.. _events];
            }
        }
    }

    /// <inheritdoc />
    public void Publish(EngineEvent engineEvent)
    {
        lock (_lock)
        {
            _events.Add(engineEvent);
        }
    }
}
