using Infra.Policy.Values;

namespace Infra.Policy.Conformance;

/// <summary>One OPA YAML test case.</summary>
public sealed record ConformanceCase
{
    /// <summary>Category folder name.</summary>
    public required string Category { get; init; }

    /// <summary>File the case came from, relative to the cases root.</summary>
    public required string File { get; init; }

    /// <summary>Index of the case within its file.</summary>
    public required int Index { get; init; }

    /// <summary>The case's note (its name).</summary>
    public required string Note { get; init; }

    /// <summary>The query.</summary>
    public required string Query { get; init; }

    /// <summary>Module sources, named <c>test-i.rego</c>.</summary>
    public IReadOnlyList<string> Modules { get; init; } = [];

    internal Value? Data { get; init; }

    internal Value? Input { get; init; }

    /// <summary>Input given as Rego term text; takes precedence over the JSON input.</summary>
    public string? InputTerm { get; init; }

    internal Value? WantResult { get; init; }

    /// <summary>Expected error code.</summary>
    public string? WantErrorCode { get; init; }

    /// <summary>Expected substring of the error text.</summary>
    public string? WantError { get; init; }

    /// <summary>Run with strict builtin errors.</summary>
    public bool StrictError { get; init; }

    /// <summary>Sort actual binding arrays before comparison.</summary>
    public bool SortBindings { get; init; }

    /// <summary>Enable experimental keywords.</summary>
    public bool ExperimentalKeywords { get; init; }

    /// <summary>Drop generated <c>__localq</c> bindings.</summary>
    public bool IgnoreGeneratedVars { get; init; }

    /// <summary>A stable identifier: file, index and note.</summary>
    public string Id => $"{File}#{Index}: {Note}";
}
