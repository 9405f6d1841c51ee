using System.Globalization;
using System.Text.Json;
using Infra.Deployment;

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

    /// <summary>Reads a structured value (object or array) as <typeparamref name="T"/>.</summary>
    public T? GetObject<T>(string key)
    {
        var entry = Read(key, allowSecret: false);
        if (entry is null)
        {
            return default;
        }
        try
        {
            return JsonSerializer.Deserialize<T>(entry.IsObject ? entry.Value : JsonSerializer.Serialize(entry.Value), new JsonSerializerOptions(JsonSerializerDefaults.Web));
        }
        catch (JsonException e)
        {
            throw new ConfigException($"Configuration key '{FullKey(key)}' does not have the expected shape: {e.Message}");
        }
    }

    /// <summary>Reads a structured value or fails naming the key.</summary>
    public T RequireObject<T>(string key) => GetObject<T>(key) ?? throw Missing(key);

    /// <summary>Reads a value as a secret output (also works for non-secret values, which become secret).</summary>
    public Output<string>? GetSecret(string key) => Read(key, allowSecret: true) is { } entry ? Output.CreateSecret(entry.Value) : null;

    /// <summary>Reads a secret or fails naming the key.</summary>
    public Output<string> RequireSecret(string key) => GetSecret(key) ?? throw Missing(key);

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
