using Infra.Engine.Planning;

namespace Infra.Engine.Operations;

/// <summary>Evaluates a plan before anything is executed (policy packs implement this).</summary>
public interface IPlanGate
{
    /// <summary>Checks a plan; a blocking verdict stops the update before any provider call.</summary>
    Task<GateVerdict> EvaluateAsync(PlanDocument plan, CancellationToken cancellationToken);
}

/// <summary>A gate's verdict.</summary>
/// <param name="Blocked">True when the plan must not be applied.</param>
/// <param name="Report">Text to show (violations and warnings).</param>
public sealed record GateVerdict(bool Blocked, string Report);
