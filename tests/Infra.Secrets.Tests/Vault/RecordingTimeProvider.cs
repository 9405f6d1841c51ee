using System.Collections.Concurrent;

namespace Infra.Secrets.Tests.Vault;

/// <summary>Records every wait the code asks for and lets it pass at once, so retry tests run fast.</summary>
internal sealed class RecordingTimeProvider : TimeProvider
{
    internal ConcurrentQueue<TimeSpan> RequestedDelays { get; } = new();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            RequestedDelays.Enqueue(dueTime);
            dueTime = TimeSpan.Zero;
        }

        return System.CreateTimer(callback, state, dueTime, period);
    }
}
