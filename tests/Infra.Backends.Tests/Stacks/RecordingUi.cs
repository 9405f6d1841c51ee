using Infra.Engine.Operations;

namespace Infra.Backends.Tests.Stacks;

/// <summary>A non-interactive user interface that keeps what it was told.</summary>
public sealed class RecordingUi : IUserInterface
{
    private readonly List<string> _lines = [];
    private readonly Lock _lock = new();

    public bool IsInteractive => false;

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

    public bool Confirm(string question) => throw new InvalidOperationException("not interactive");

    public void Info(string message) => Add("info: " + message);

    public void Warn(string message) => Add("warn: " + message);

    private void Add(string line)
    {
        lock (_lock)
        {
            _lines.Add(line);
        }
    }
}
