namespace Infra.Engine.Execution;

/// <summary>Faults a resource's outputs when its step failed or it was skipped, so dependents skip in turn.</summary>
/// <param name="urn">The resource.</param>
/// <param name="message">Why.</param>
/// <param name="skipped">True when the resource itself did not fail but a dependency did.</param>
public sealed class ResourceFailedException(string urn, string message, bool skipped) : Exception(message)
{
    /// <summary>The resource.</summary>
    public string Urn { get; } = urn;

    /// <summary>True when the resource was skipped rather than failed.</summary>
    public bool Skipped { get; } = skipped;
}
