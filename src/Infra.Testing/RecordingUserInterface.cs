using Infra.Engine.Operations;

namespace Infra.Testing;

/// <summary>
/// A non-interactive user for tests: keeps every line an operation would have shown (prefixed <c>info: </c> or
/// <c>warn: </c>) and fails loudly if the operation tries to prompt.
/// </summary>
public sealed class RecordingUserInterface : IUserInterface
{
    private readonly List<string> _lines = [];
    private readonly Lock _lock = new();

    /// <inheritdoc />
    public bool IsInteractive => false;

    /// <summary>Everything shown so far, in order.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lock)
            {
                return [.. _lines];
            }
        }
    }

    /// <inheritdoc />
    public bool Confirm(string question) => throw new InvalidOperationException("a non-interactive run must not prompt: " + question);

    /// <inheritdoc />
    public void Info(string message) => Add("info: " + message);

    /// <inheritdoc />
    public void Warn(string message) => Add("warn: " + message);

    private void Add(string line)
    {
        lock (_lock)
        {
            _lines.Add(line);
        }
    }
}
