namespace Infra.Components.Ci.ArgoCd;

/// <summary>A generator of an ApplicationSet (only the list generator is modelled).</summary>
/// <param name="List">The list generator.</param>
public sealed record ApplicationSetGenerator(ApplicationSetListGenerator List);
