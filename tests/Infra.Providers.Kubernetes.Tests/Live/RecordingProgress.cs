using System.Collections.Concurrent;

namespace Infra.Providers.Kubernetes.Tests.Live;

/// <summary>Collects progress messages synchronously (unlike Progress&lt;T&gt;, which posts them later).</summary>
public sealed class RecordingProgress : IProgress<string>
{
    public ConcurrentQueue<string> Messages { get; } = new();

    public void Report(string value) => Messages.Enqueue(value);
}
