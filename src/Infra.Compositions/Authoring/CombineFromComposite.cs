namespace Infra.Compositions.Authoring;

/// <summary>Observed XR fields → desired composed resource field.</summary>
/// <param name="Variables">The source field paths, passed to the format in order.</param>
/// <param name="Format">A Go <c>fmt</c> format string such as <c>%s-%s</c>.</param>
/// <param name="To">The target field path.</param>
public sealed record CombineFromComposite(IReadOnlyList<string> Variables, string Format, string To) : CombinePatch(Variables, Format, To)
{
    /// <inheritdoc />
    public override string Type => "CombineFromComposite";
}
