namespace Infra.Components.Tests.Secrets;

/// <summary>A secret value the leak scan looks for, and where it came from (a config key or a resource output path).</summary>
internal sealed record KnownSecret(string Origin, string Value);
