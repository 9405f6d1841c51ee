namespace Infra.Components.Ci.GitOps;

/// <summary>Arguments of <see cref="GitOpsApplications"/>.</summary>
public sealed record GitOpsApplicationsArgs
{
    /// <summary>The repository holding the rendered output (<c>out/&lt;stack&gt;</c>).</summary>
    public required string RepositoryUrl { get; init; }

    /// <summary>The default revision followed.</summary>
    public string TargetRevision { get; init; } = "main";

    /// <summary>The folder render mode writes to (the provider's <c>kubernetes:outDir</c>).</summary>
    public string OutDir { get; init; } = "out";

    /// <summary>The stacks to deploy.</summary>
    public required IReadOnlyList<GitOpsEnvironment> Environments { get; init; }

    /// <summary>The application name prefix: Applications are <c>&lt;prefix&gt;-&lt;stack&gt;</c>.</summary>
    public string NamePrefix { get; init; } = "platform";

    /// <summary>Argo CD's namespace.</summary>
    public string ArgoCdNamespace { get; init; } = "argocd";

    /// <summary>The AppProject.</summary>
    public string Project { get; init; } = "default";

    /// <summary>Emit one ApplicationSet (list generator) instead of one Application per environment.</summary>
    public bool UseApplicationSet { get; init; }

    /// <summary>Custom health checks written to <c>argocd-cm</c> (server-side applied keys only); empty for none.</summary>
    public IReadOnlyList<ResourceHealthCheck> HealthChecks { get; init; } = [];
}
