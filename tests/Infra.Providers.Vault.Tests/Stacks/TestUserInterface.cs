using Infra.Engine.Operations;

namespace Infra.Providers.Stacks;

/// <summary>A non-interactive user: keeps every message so tests can inspect what would have been shown.</summary>
internal sealed class TestUserInterface : IUserInterface
{
    private readonly List<string> _messages = [];
    private readonly Lock _lock = new();

    public bool IsInteractive => false;

    public IReadOnlyList<string> Messages
    {
        get
        {
            lock (_lock)
            {
                return [.. _messages];
            }
        }
    }

    public bool Confirm(string question) => throw new InvalidOperationException("a non-interactive run must not prompt: " + question);

    public void Info(string message) => Add("info: " + message);

    public void Warn(string message) => Add("warning: " + message);

    private void Add(string message)
    {
        lock (_lock)
        {
            _messages.Add(message);
        }
    }
}
