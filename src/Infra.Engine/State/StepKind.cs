namespace Infra.Engine.State;

/// <summary>What a step does to a resource.</summary>
public enum StepKind
{
    /// <summary>Nothing changes.</summary>
    Same,
    /// <summary>A new resource.</summary>
    Create,
    /// <summary>An in-place update.</summary>
    Update,
    /// <summary>A new resource replaces the old one (create-before-delete unless told otherwise).</summary>
    Replace,
    /// <summary>The resource is deleted.</summary>
    Delete,
    /// <summary>The old copy of a replaced resource is deleted.</summary>
    DeleteReplaced,
    /// <summary>State is updated from the live resource.</summary>
    Refresh,
    /// <summary>The resource is forgotten without a provider call (retainOnDelete, <c>state delete</c>).</summary>
    Remove,
    /// <summary>A component's outputs are recorded.</summary>
    Outputs,
}
