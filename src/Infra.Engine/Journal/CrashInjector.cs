using Infra.Engine.Diagnostics;

namespace Infra.Engine.Journal;

/// <summary>
/// Test-only switch compiled into every build and inert unless <c>INFRA_CRASH_AT</c> is set
/// (<c>before:N</c> or <c>after:N</c>, counting journal records from 1 across one operation). At that boundary the
/// process kills itself (SIGKILL: no finally blocks, no flush), or with <c>INFRA_CRASH_MODE=throw</c> every later
/// journal write fails so an in-process test sees exactly the durable state a kill would leave.
/// </summary>
public sealed class CrashInjector
{
    private readonly bool _before;
    private readonly long _record;
    private readonly bool _kill;
    private long _count;
    private volatile bool _crashed;

    private CrashInjector(bool before, long record, bool kill)
    {
        _before = before;
        _record = record;
        _kill = kill;
    }

    /// <summary>The injector configured by the environment, or null when crash injection is off.</summary>
    public static CrashInjector? FromEnvironment(Func<string, string?> get)
    {
        var at = get("INFRA_CRASH_AT");
        if (string.IsNullOrEmpty(at))
        {
            return null;
        }
        var parts = at.Split(':');
        if (parts.Length != 2 || parts[0] is not ("before" or "after") || !long.TryParse(parts[1], out var record) || record < 1)
        {
            throw new InputException($"INFRA_CRASH_AT must be before:N or after:N with N ≥ 1, got '{at}'.");
        }
        return new CrashInjector(parts[0] == "before", record, get("INFRA_CRASH_MODE") != "throw");
    }

    /// <summary>True once the crash point was reached (in throw mode).</summary>
    public bool Crashed => _crashed;

    /// <summary>Called before a record is written; returns false when the record must not be written.</summary>
    public void BeforeWrite()
    {
        ThrowIfCrashed();
        var number = Interlocked.Increment(ref _count);
        if (_before && number == _record)
        {
            Crash();
        }
    }

    /// <summary>Called after a record was made durable.</summary>
    public void AfterWrite()
    {
        if (!_before && Interlocked.Read(ref _count) == _record)
        {
            Crash();
        }
    }

    /// <summary>Throws when the crash already happened.</summary>
    public void ThrowIfCrashed()
    {
        if (_crashed)
        {
            throw new CrashInjectedException(Describe());
        }
    }

    private void Crash()
    {
        if (_kill)
        {
            System.Diagnostics.Process.GetCurrentProcess().Kill();
        }
        _crashed = true;
        throw new CrashInjectedException(Describe());
    }

    private string Describe() => $"crash injected {(_before ? "before" : "after")} journal record {_record}";
}

/// <summary>The simulated crash (throw mode): the operation stops without compacting.</summary>
/// <param name="message">Where the crash was injected.</param>
public sealed class CrashInjectedException(string message) : Exception(message);
