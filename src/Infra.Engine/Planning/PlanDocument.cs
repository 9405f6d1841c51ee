using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Infra.Properties;

namespace Infra.Engine.Planning;

/// <summary>
/// The versioned plan a preview produces: every step with property-level diffs, secrets redacted. It is what
/// <c>--save-plan</c> writes, what policies read as <c>input</c>, and what <c>up --plan</c> executes exactly.
/// </summary>
public sealed record PlanDocument
{
    /// <summary>The format version this build writes.</summary>
    public const int CurrentVersion = 1;

    /// <summary>The plan format version.</summary>
    [JsonPropertyName("version")]
    public int Version { get; init; } = CurrentVersion;

    /// <summary>The project.</summary>
    [JsonPropertyName("project")]
    public required string Project { get; init; }

    /// <summary>The stack.</summary>
    [JsonPropertyName("stack")]
    public required string Stack { get; init; }

    /// <summary>The state lineage the plan was made against.</summary>
    [JsonPropertyName("lineage")]
    public required string Lineage { get; init; }

    /// <summary>The state serial the plan was made against.</summary>
    [JsonPropertyName("serial")]
    public required long Serial { get; init; }

    /// <summary>The stack configuration, secrets shown as <c>[secret]</c>.</summary>
    [JsonPropertyName("config")]
    public required IReadOnlyDictionary<string, JsonNode?> Config { get; init; }

    /// <summary>Steps in the order they were planned (deletes last).</summary>
    [JsonPropertyName("steps")]
    public required IReadOnlyList<PlanStep> Steps { get; init; }

    /// <summary>Step counts by kind.</summary>
    [JsonPropertyName("summary")]
    public required IReadOnlyDictionary<string, int> Summary { get; init; }
}

/// <summary>One step of a plan.</summary>
public sealed record PlanStep
{
    /// <summary>The resource URN.</summary>
    [JsonPropertyName("urn")]
    public required string Urn { get; init; }

    /// <summary>The type token.</summary>
    [JsonPropertyName("type")]
    public required string Type { get; init; }

    /// <summary>The logical name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>The parent URN.</summary>
    [JsonPropertyName("parent")]
    public string? Parent { get; init; }

    /// <summary>The provider package (null for components).</summary>
    [JsonPropertyName("provider")]
    public string? Provider { get; init; }

    /// <summary>same, create, update, replace, delete, delete-replaced.</summary>
    [JsonPropertyName("kind")]
    public required string Kind { get; init; }

    /// <summary>True for provider-managed resources.</summary>
    [JsonPropertyName("custom")]
    public bool Custom { get; init; }

    /// <summary>URNs of the resources it depends on.</summary>
    [JsonPropertyName("dependencies")]
    public IReadOnlyList<string> Dependencies { get => _dependencies ?? []; init => _dependencies = value; }

    // Lists a plan file may leave out read as empty (source-generated deserialization sets every init property, missing
    // ones to null, so an initializer would not survive it).
    private readonly IReadOnlyList<string>? _dependencies;
    private readonly IReadOnlyList<string>? _changedPaths;
    private readonly IReadOnlyList<string>? _replacePaths;
    private readonly IReadOnlyList<PlanPropertyChange>? _diff;

    // The JSON forms are built on first read from the property maps a run records: most runs never save, gate or
    // print their plan, and converting every resource's inputs and outputs to JSON was a sixth of a no-op update.
    private JsonObject? _oldInputs;
    private JsonObject? _oldOutputs;
    private JsonObject? _newInputs;
    private PropertyMap? _oldInputsSource;
    private PropertyMap? _oldOutputsSource;
    private PropertyMap? _newInputsSource;

    /// <summary>Recorded inputs (redacted), null for creates.</summary>
    [JsonPropertyName("oldInputs")]
    public JsonObject? OldInputs { get => Redacted(ref _oldInputs, _oldInputsSource); init => (_oldInputs, _oldInputsSource) = (value, null); }

    /// <summary>Recorded outputs (redacted), null for creates.</summary>
    [JsonPropertyName("oldOutputs")]
    public JsonObject? OldOutputs { get => Redacted(ref _oldOutputs, _oldOutputsSource); init => (_oldOutputs, _oldOutputsSource) = (value, null); }

    /// <summary>Proposed inputs (redacted; <c>[unknown]</c> where not known yet), null for deletes.</summary>
    [JsonPropertyName("newInputs")]
    public JsonObject? NewInputs { get => Redacted(ref _newInputs, _newInputsSource); init => (_newInputs, _newInputsSource) = (value, null); }

    /// <summary>The recorded inputs <see cref="OldInputs"/> is built from, when the plan was made in this process.</summary>
    [JsonIgnore]
    internal PropertyMap? OldInputsSource { get => _oldInputsSource; init => _oldInputsSource = value; }

    /// <summary>The recorded outputs <see cref="OldOutputs"/> is built from, when the plan was made in this process.</summary>
    [JsonIgnore]
    internal PropertyMap? OldOutputsSource { get => _oldOutputsSource; init => _oldOutputsSource = value; }

    /// <summary>The proposed inputs <see cref="NewInputs"/> is built from, when the plan was made in this process.</summary>
    [JsonIgnore]
    internal PropertyMap? NewInputsSource { get => _newInputsSource; init => _newInputsSource = value; }

    /// <summary>Changed input paths.</summary>
    [JsonPropertyName("changedPaths")]
    public IReadOnlyList<string> ChangedPaths { get => _changedPaths ?? []; init => _changedPaths = value; }

    /// <summary>Paths that force replacement.</summary>
    [JsonPropertyName("replacePaths")]
    public IReadOnlyList<string> ReplacePaths { get => _replacePaths ?? []; init => _replacePaths = value; }

    /// <summary>Property-level changes with before and after (redacted).</summary>
    [JsonPropertyName("diff")]
    public IReadOnlyList<PlanPropertyChange> Diff { get => _diff ?? []; init => _diff = value; }

    /// <summary>True when the resource is protected.</summary>
    [JsonPropertyName("protect")]
    public bool Protect { get; init; }

    private static JsonObject? Redacted(ref JsonObject? json, PropertyMap? source)
    {
        if (json is null && source is not null)
        {
            Interlocked.CompareExchange(ref json, PropertyJson.ToJson(source, SecretRendering.Redact), null);
        }
        return json;
    }
}

/// <summary>One property change in a plan.</summary>
/// <param name="Path">The property path.</param>
/// <param name="Kind">add, update or delete.</param>
/// <param name="Old">The old value (redacted).</param>
/// <param name="New">The new value (redacted).</param>
public sealed record PlanPropertyChange(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("old")] JsonNode? Old,
    [property: JsonPropertyName("new")] JsonNode? New);
