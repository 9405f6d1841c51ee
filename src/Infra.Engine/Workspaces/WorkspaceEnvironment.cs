namespace Infra.Engine.Workspaces;

/// <summary>What the engine reads from its surroundings, passed in explicitly so tests control it.</summary>
/// <param name="Variables">Environment variables.</param>
/// <param name="Time">The clock.</param>
public sealed record WorkspaceEnvironment(IReadOnlyDictionary<string, string?> Variables, TimeProvider Time)
{
    /// <summary>The process environment and the system clock.</summary>
    public static WorkspaceEnvironment FromProcess() => new(
        Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string?)e.Value, StringComparer.Ordinal),
        TimeProvider.System);

    /// <summary>A variable's value, or null.</summary>
    public string? Get(string name) => Variables.TryGetValue(name, out var value) ? value : null;
}
