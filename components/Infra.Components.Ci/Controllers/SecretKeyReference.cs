namespace Infra.Components.Ci.Controllers;

/// <summary>A key of a Secret.</summary>
/// <param name="Name">The Secret's name.</param>
/// <param name="Key">The key.</param>
public sealed record SecretKeyReference(string Name, string Key);
