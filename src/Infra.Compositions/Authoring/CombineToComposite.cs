namespace Infra.Compositions.Authoring;

/// <summary>Observed composed resource fields → desired XR field.</summary>
/// <param name="Variables">The source field paths, passed to the format in order.</param>
/// <param name="Format">A Go <c>fmt</c> format string such as <c>%s-%s</c>.</param>
/// <param name="To">The target field path.</param>
public sealed record CombineToComposite(IReadOnlyList<string> Variables, string Format, string To) : CombinePatch(Variables, Format, To)
{
    /// <inheritdoc />
    public override string Type => "CombineToComposite";
}
