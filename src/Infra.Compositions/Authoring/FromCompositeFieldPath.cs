namespace Infra.Compositions.Authoring;

/// <summary>Observed XR field → desired composed resource field.</summary>
/// <param name="From">The XR field path.</param>
/// <param name="To">The composed resource field path (defaults to <paramref name="From"/>).</param>
public sealed record FromCompositeFieldPath(string From, string? To = null) : FieldPathPatch(From, To)
{
    /// <inheritdoc />
    public override string Type => "FromCompositeFieldPath";
}
