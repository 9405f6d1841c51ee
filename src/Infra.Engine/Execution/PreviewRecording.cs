using System.Collections.Concurrent;
using Infra.Deployment;
using Infra.Engine.Planning;
using Infra.Properties;

namespace Infra.Engine.Execution;

/// <summary>
/// The steps a preview decided, kept so that <c>up</c> can carry out exactly those steps without running the program
/// a second time (as Terraform applies its plan). Usable only when the program met no value the preview could not
/// know: a second run would then register the same resources with the same inputs, provided each provider's real
/// outputs match what it predicted — which the replay checks step by step.
/// </summary>
public sealed class PreviewRecording
{
    private readonly ConcurrentQueue<RecordedStep> _steps = new();
    private readonly ConcurrentDictionary<string, PropertyMap> _outputs = new(StringComparer.Ordinal);
    private string? _obstacle;

    /// <summary>Why the steps cannot be replayed (the first reason found), or null when they can.</summary>
    public string? Obstacle => Volatile.Read(ref _obstacle);

    /// <summary>The steps of custom resources and components, in the order they were decided.</summary>
    internal IReadOnlyList<RecordedStep> Steps => [.. _steps];

    /// <summary>Outputs registered by components and the stack, by URN.</summary>
    internal IReadOnlyDictionary<string, PropertyMap> ComponentOutputs => _outputs;

    /// <summary>Recorded URNs claimed through an alias by a resource of the run (old URN → new URN).</summary>
    internal IReadOnlyDictionary<string, string> ClaimedAliases { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    internal void Add(Step step, ResourceResult? predicted) => _steps.Enqueue(new RecordedStep(step, predicted));

    internal void AddOutputs(string urn, PropertyMap outputs) => _outputs[urn] = outputs;

    /// <summary>Marks the recording unusable; the first reason is kept.</summary>
    internal void RuleOut(string reason) => Interlocked.CompareExchange(ref _obstacle, reason, null);
}

/// <summary>One decided step with what the provider predicted for it (null for components and unchanged resources).</summary>
/// <param name="Step">The step.</param>
/// <param name="Predicted">The preview's result for the resource.</param>
internal sealed record RecordedStep(Step Step, ResourceResult? Predicted);
