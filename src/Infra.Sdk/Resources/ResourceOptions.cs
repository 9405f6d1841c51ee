namespace Infra;

/// <summary>Options that control how the engine manages a resource. Every property is optional.</summary>
public sealed record ResourceOptions
{
    /// <summary>The parent resource; defaults to the stack. Children's URNs include the parent's type.</summary>
    public Resource? Parent { get; init; }

    /// <summary>Resources that must be deployed before this one even without a data dependency.</summary>
    public IReadOnlyList<Resource> DependsOn { get; init; } = [];

    /// <summary>When true the engine refuses to delete or replace the resource.</summary>
    public bool Protect { get; init; }

    /// <summary>Input property paths whose changes are ignored when diffing (e.g. <c>spec.replicas</c>).</summary>
    public IReadOnlyList<string> IgnoreChanges { get; init; } = [];

    /// <summary>Input property paths whose changes force a replacement.</summary>
    public IReadOnlyList<string> ReplaceOnChanges { get; init; } = [];

    /// <summary>Delete the old resource before creating its replacement (for names that must be unique).</summary>
    public bool DeleteBeforeReplace { get; init; }

    /// <summary>When true, deleting the resource only removes it from state.</summary>
    public bool RetainOnDelete { get; init; }

    /// <summary>Former identities of this resource, so a rename or re-parent does not replace it.</summary>
    public IReadOnlyList<Alias> Aliases { get; init; } = [];

    /// <summary>Timeouts for create, update and delete.</summary>
    public CustomTimeouts? CustomTimeouts { get; init; }

    /// <summary>Transforms applied to this resource and, for components, to every resource below it.</summary>
    public IReadOnlyList<ResourceTransform> Transforms { get; init; } = [];

    /// <summary>Output property names the engine must treat as secret.</summary>
    public IReadOnlyList<string> AdditionalSecretOutputs { get; init; } = [];
}
