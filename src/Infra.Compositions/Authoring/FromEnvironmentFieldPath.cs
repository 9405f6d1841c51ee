namespace Infra.Compositions.Authoring;

/// <summary>Environment field → desired composed resource field (in environment patches: → desired XR).</summary>
/// <param name="From">The environment field path.</param>
/// <param name="To">The target field path (defaults to <paramref name="From"/>).</param>
public sealed record FromEnvironmentFieldPath(string From, string? To = null) : FieldPathPatch(From, To)
{
    /// <inheritdoc />
    public override string Type => "FromEnvironmentFieldPath";
}
