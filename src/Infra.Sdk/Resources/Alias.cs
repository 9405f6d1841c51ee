namespace Infra;

/// <summary>A former identity of a resource: a whole URN, or the parts that changed.</summary>
public sealed record Alias
{
    /// <summary>The full former URN; when set, the other fields are ignored.</summary>
    public string? Urn { get; init; }

    /// <summary>The former name.</summary>
    public string? Name { get; init; }

    /// <summary>The former type token.</summary>
    public string? Type { get; init; }

    /// <summary>The former parent.</summary>
    public Resource? Parent { get; init; }

    /// <summary>True when the resource formerly had no parent other than the stack.</summary>
    public bool NoParent { get; init; }
}
