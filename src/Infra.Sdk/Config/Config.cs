using System.Globalization;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Infra.Deployment;
using Infra.Serialization;

namespace Infra;

/// <summary>
/// Reads stack configuration (<c>Pulumi.&lt;stack&gt;.yaml</c> merged with defaults from <c>Pulumi.yaml</c>) under one
/// namespace: the project's by default, or a provider's such as <c>kubernetes</c>.
/// </summary>
public sealed class Config
{
    private readonly IResourceMonitor _monitor;

    /// <summary>Opens the configuration namespace <paramref name="name"/> (default: the project name).</summary>
    public Config(string? name = null)
    {
        _monitor = DeploymentScope.Current
            ?? throw new InvalidOperationException("Config can only be read while a stack runs under the Infra engine.");
        Namespace = name ?? _monitor.ProjectName;
    }

    /// <summary>The namespace keys are read from.</summary>
    public string Namespace { get; }

    /// <summary>Reads a string, or null when unset. Throws for secret values: use <see cref="GetSecret"/>.</summary>
    public string? Get(string key) => Read(key, allowSecret: false)?.Value;

    /// <summary>Reads a string or fails naming the key.</summary>
    public string Require(string key) => Get(key) ?? throw Missing(key);

    /// <summary>Reads an integer.</summary>
    public int? GetInt32(string key) => Get(key) is { } text ? ParseInt(key, text) : null;

    /// <summary>Reads an integer or fails naming the key.</summary>
    public int RequireInt32(string key) => GetInt32(key) ?? throw Missing(key);

    /// <summary>Reads a boolean.</summary>
    public bool? GetBoolean(string key) => Get(key) is { } text ? ParseBool(key, text) : null;

    /// <summary>Reads a boolean or fails naming the key.</summary>
    public bool RequireBoolean(string key) => GetBoolean(key) ?? throw Missing(key);

    /// <summary>Reads a number.</summary>
    public double? GetDouble(string key) =>
        Get(key) is { } text
            ? double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : throw Invalid(key, "a number", text)
            : null;

    /// <summary>Reads a structured value (object or array) as <typeparamref name="T"/> with reflection-based JSON.</summary>
    /// <remarks>Under Native AOT use <see cref="GetObject{T}(string, JsonTypeInfo{T})"/>.</remarks>
    [RequiresUnreferencedCode(ReflectionMessage)]
    [RequiresDynamicCode(ReflectionMessage)]
    public T? GetObject<T>(string key) => ReadObject(key, json => JsonSerializer.Deserialize<T>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web)));

    /// <summary>Reads a structured value (object or array) as <typeparamref name="T"/> through a source-generated JSON contract (works under Native AOT).</summary>
    /// <remarks>The contract should use the web defaults (camelCase, case-insensitive), as the reflection-based overload does.</remarks>
    public T? GetObject<T>(string key, JsonTypeInfo<T> typeInfo)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        return ReadObject(key, json => JsonSerializer.Deserialize(json, typeInfo));
    }

    /// <summary>Reads a structured value or fails naming the key.</summary>
    [RequiresUnreferencedCode(ReflectionMessage)]
    [RequiresDynamicCode(ReflectionMessage)]
    public T RequireObject<T>(string key) => GetObject<T>(key) ?? throw Missing(key);

    /// <summary>Reads a structured value through a source-generated JSON contract or fails naming the key.</summary>
    public T RequireObject<T>(string key, JsonTypeInfo<T> typeInfo) => GetObject(key, typeInfo) ?? throw Missing(key);

    /// <summary>Reads a value as a secret output (also works for non-secret values, which become secret).</summary>
    public Output<string>? GetSecret(string key) => Read(key, allowSecret: true) is { } entry ? Output.CreateSecret(entry.Value) : null;

    /// <summary>Reads a secret or fails naming the key.</summary>
    public Output<string> RequireSecret(string key) => GetSecret(key) ?? throw Missing(key);

    private const string ReflectionMessage = "Reads the value with reflection-based JSON; under Native AOT or trimming pass a JsonTypeInfo<T> from a source-generated JsonSerializerContext.";

    private T? ReadObject<T>(string key, Func<string, T?> deserialize)
    {
        var entry = Read(key, allowSecret: false);
        if (entry is null)
        {
            return default;
        }
        try
        {
            return deserialize(entry.IsObject ? entry.Value : JsonSerializer.Serialize(entry.Value, OutputJson.Default.String));
        }
        catch (JsonException e)
        {
            throw new ConfigException($"Configuration key '{FullKey(key)}' does not have the expected shape: {e.Message}");
        }
    }

    private ConfigValue? Read(string key, bool allowSecret)
    {
        if (!_monitor.Config.TryGetValue(FullKey(key), out var entry))
        {
            return null;
        }
        if (entry.IsSecret && !allowSecret)
        {
            throw new ConfigException($"Configuration key '{FullKey(key)}' is a secret: read it with GetSecret/RequireSecret so it stays encrypted.");
        }
        return entry;
    }

    private string FullKey(string key) => key.Contains(':', StringComparison.Ordinal) ? key : Namespace + ":" + key;

    private ConfigException Missing(string key) =>
        new($"Missing required configuration key '{FullKey(key)}': set it with `infra config set {FullKey(key)} <value>`.");

    private ConfigException Invalid(string key, string expected, string text) =>
        new($"Configuration key '{FullKey(key)}' must be {expected}, got '{text}'.");

    private int ParseInt(string key, string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : throw Invalid(key, "an integer", text);

    private bool ParseBool(string key, string text) => text.ToLowerInvariant() switch
    {
        "true" => true,
        "false" => false,
        _ => throw Invalid(key, "true or false", text),
    };
}
