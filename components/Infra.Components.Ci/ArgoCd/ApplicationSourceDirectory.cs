namespace Infra.Components.Ci.ArgoCd;

/// <summary>Options for a plain-manifest folder.</summary>
/// <param name="Recurse">Read sub-folders too.</param>
public sealed record ApplicationSourceDirectory(bool Recurse);
