namespace Infra.Components.Ci.ArgoCd;

/// <summary>The spec of an Argo CD <c>ApplicationSet</c>.</summary>
/// <param name="Generators">The generators.</param>
/// <param name="Template">The Application template.</param>
public sealed record ApplicationSetSpec(IReadOnlyList<ApplicationSetGenerator> Generators, ApplicationSetTemplate Template)
{
    /// <summary>Use Go templates (<c>{{.env}}</c>).</summary>
    public bool? GoTemplate { get; init; }

    /// <summary>Go template options, e.g. <c>missingkey=error</c>.</summary>
    public IReadOnlyList<string>? GoTemplateOptions { get; init; }
}
