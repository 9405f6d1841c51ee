namespace Infra.Engine.Backends;

/// <summary>Another run holds the stack's lock; the CLI exits with code 4.</summary>
public sealed class StateLockedException : Exception
{
    /// <summary>Creates the error.</summary>
    /// <param name="stack">The stack.</param>
    /// <param name="holder">The lock holder, if readable.</param>
    /// <param name="hint">What the user can do.</param>
    public StateLockedException(string stack, LockInfo? holder, string hint)
        : base($"stack '{stack}' is locked by {holder?.ToString() ?? "an unknown holder"}. {hint}")
    {
        Holder = holder;
    }

    /// <summary>The holder.</summary>
    public LockInfo? Holder { get; }
}
