namespace Infra.Engine.Backends;

/// <summary>Who holds a stack lock.</summary>
/// <param name="Id">A random lock ID.</param>
/// <param name="Who">user@host.</param>
/// <param name="Host">The host name.</param>
/// <param name="ProcessId">The holder's process ID.</param>
/// <param name="Operation">What the holder is doing (up, destroy…).</param>
/// <param name="Created">When the lock was taken (UTC).</param>
public sealed record LockInfo(string Id, string Who, string Host, int ProcessId, string Operation, DateTimeOffset Created)
{
    /// <summary>Describes the holder for messages.</summary>
    public override string ToString() =>
        $"{Who} (pid {ProcessId}) running '{Operation}' since {Created.UtcDateTime:yyyy-MM-dd HH:mm:ss}Z, lock {Id}";

    /// <summary>A lock description for the current process.</summary>
    public static LockInfo ForCurrentProcess(string operation, TimeProvider time) =>
        new(Guid.NewGuid().ToString("N")[..12], $"{Environment.UserName}@{Environment.MachineName}", Environment.MachineName, Environment.ProcessId, operation, time.GetUtcNow());
}
