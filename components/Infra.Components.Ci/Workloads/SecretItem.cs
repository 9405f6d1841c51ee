namespace Infra.Components.Ci.Workloads;

/// <summary>A Secret key projected to a file.</summary>
/// <param name="Key">The key in the Secret.</param>
/// <param name="Path">The file name.</param>
public sealed record SecretItem(string Key, string Path);
