namespace Infra.Compositions.Authoring;

/// <summary>Observed composed resource field → environment field (in environment patches: observed XR → environment).</summary>
/// <param name="From">The source field path.</param>
/// <param name="To">The environment field path (defaults to <paramref name="From"/>).</param>
public sealed record ToEnvironmentFieldPath(string From, string? To = null) : FieldPathPatch(From, To)
{
    /// <inheritdoc />
    public override string Type => "ToEnvironmentFieldPath";
}
