using System.Reflection;
using Infra.Deployment;
using Infra.Engine.State;
using Infra.Providers;

namespace Infra.Testing;

/// <summary>How <see cref="StackSnapshot.PreviewAsync"/> runs a stack.</summary>
public sealed record SnapshotOptions
{
    /// <summary>The project name that URNs carry (default <c>project</c>).</summary>
    public string Project { get; init; } = "project";

    /// <summary>The stack name that URNs carry (default <c>test</c>).</summary>
    public string Stack { get; init; } = "test";

    /// <summary>
    /// Stack configuration by full key (<c>namespace:key</c>, e.g. <c>kubernetes:renderSecrets</c>). Mark a value
    /// secret with <c>new ConfigValue(text, IsSecret: true)</c>; the plan shows it as <c>[secret]</c>.
    /// </summary>
    public IReadOnlyDictionary<string, ConfigValue> Config { get; init; } = new Dictionary<string, ConfigValue>(StringComparer.Ordinal);

    /// <summary>The state the preview starts from (null: a new, empty stack, so every resource is created).</summary>
    public StackState? PriorState { get; init; }

    /// <summary>Providers given explicitly; they win over providers discovered from <see cref="ProviderAssemblies"/>.</summary>
    public IReadOnlyList<IProviderFactory> Providers { get; init; } = [];

    /// <summary>
    /// Assemblies whose provider packages (<see cref="InfraProviderAttribute"/>, also on referenced assemblies) are
    /// discovered. The assembly declaring the stack delegate is always searched.
    /// </summary>
    public IReadOnlyList<Assembly> ProviderAssemblies { get; init; } = [];

    /// <summary>The folder providers resolve relative paths against (default: the current directory); nothing is written there.</summary>
    public string? ProjectDirectory { get; init; }

    /// <summary>Creates a plain configuration value.</summary>
    /// <param name="value">The value.</param>
    public static ConfigValue Plain(string value) => new(value, IsSecret: false);

    /// <summary>Creates a secret configuration value.</summary>
    /// <param name="value">The plaintext, which never appears in a plan.</param>
    public static ConfigValue Secret(string value) => new(value, IsSecret: true);
}
