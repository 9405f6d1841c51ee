namespace Infra.Components.Ci.ArgoCd;

/// <summary>The metadata of generated Applications (may contain <c>{{.var}}</c>).</summary>
/// <param name="Name">The name template.</param>
public sealed record ApplicationSetTemplateMetadata(string Name)
{
    /// <summary>Labels.</summary>
    public IReadOnlyDictionary<string, string>? Labels { get; init; }
}
