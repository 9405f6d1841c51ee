using Infra.Components.Ci.Tekton;
using Infra.Components.Ci.Triggers;

namespace Infra.Components.Ci.SupplyChain;

/// <summary>The Tekton form of a supply chain.</summary>
/// <param name="Tasks">One Task per stage.</param>
/// <param name="Pipeline">The Pipeline.</param>
/// <param name="Run">A PipelineRun template (generateName) binding every workspace; the trigger creates these.</param>
public sealed record TektonSupplyChain(IReadOnlyList<TektonTask> Tasks, TektonPipeline Pipeline, TektonPipelineRun Run)
{
    /// <summary>The webhook binding, when enabled.</summary>
    public TriggerBinding? Binding { get; init; }

    /// <summary>The webhook template, when enabled.</summary>
    public TriggerTemplate? Template { get; init; }

    /// <summary>The webhook listener, when enabled.</summary>
    public EventListener? Listener { get; init; }
}
