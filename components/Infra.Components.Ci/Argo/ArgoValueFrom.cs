namespace Infra.Components.Ci.Argo;

/// <summary>The source of an output parameter.</summary>
/// <param name="Path">The file the container writes.</param>
public sealed record ArgoValueFrom(string Path);
