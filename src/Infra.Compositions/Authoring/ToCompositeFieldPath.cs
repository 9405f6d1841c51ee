namespace Infra.Compositions.Authoring;

/// <summary>Observed composed resource field → desired XR field.</summary>
/// <param name="From">The composed resource field path.</param>
/// <param name="To">The XR field path (defaults to <paramref name="From"/>).</param>
public sealed record ToCompositeFieldPath(string From, string? To = null) : FieldPathPatch(From, To)
{
    /// <inheritdoc />
    public override string Type => "ToCompositeFieldPath";
}
