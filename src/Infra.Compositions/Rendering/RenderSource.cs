namespace Infra.Compositions.Rendering;

/// <summary>Which input a render error is about, so the caller can name the file.</summary>
internal enum RenderSource
{
    Xr,
    Composition,
    Functions,
    ObservedResources,
    Environment,
    Xrd,
}
