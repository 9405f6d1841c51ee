namespace Infra.Components.Ci.Workloads;

/// <summary>A seccomp profile.</summary>
/// <param name="Type"><c>RuntimeDefault</c>, <c>Unconfined</c> or <c>Localhost</c>.</param>
public sealed record SeccompProfile(string Type);
