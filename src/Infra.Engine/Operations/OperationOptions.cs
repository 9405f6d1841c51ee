namespace Infra.Engine.Operations;

/// <summary>Options shared by preview, up, destroy and refresh.</summary>
public sealed record OperationOptions
{
    /// <summary>The stack (null: the selected one).</summary>
    public string? Stack { get; init; }

    /// <summary>How many provider operations run at once.</summary>
    public int Parallel { get; init; } = 16;

    /// <summary>Only these URNs (and their dependents).</summary>
    public IReadOnlySet<string>? Targets { get; init; }

    /// <summary>Where preview writes its plan.</summary>
    public string? SavePlanPath { get; init; }

    /// <summary>The plan file <c>up</c> must execute exactly.</summary>
    public string? PlanPath { get; init; }

    /// <summary>Skip the confirmation prompt.</summary>
    public bool Yes { get; init; }

    /// <summary>Refresh state from providers before planning.</summary>
    public bool Refresh { get; init; }

    /// <summary>Remove the stack's lock before starting.</summary>
    public bool ForceUnlock { get; init; }

    /// <summary>Gates (policy packs) evaluated on every plan.</summary>
    public IReadOnlyList<IPlanGate> Gates { get; init; } = [];
}
