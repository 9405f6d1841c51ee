namespace Infra.Compositions.Objects;

/// <summary>The outcome of <see cref="CompositeRendering.Render"/>: the rendered objects, or diagnostics.</summary>
/// <param name="Rendered">The rendered XR and composed resources; null when the input was invalid.</param>
/// <param name="Diagnostics">Problems with the input; empty on success.</param>
public sealed record CompositeRenderResult(RenderedComposite? Rendered, IReadOnlyList<CompositionDiagnostic> Diagnostics)
{
    /// <summary>True when the render produced objects.</summary>
    public bool Succeeded => Rendered is not null;
}
