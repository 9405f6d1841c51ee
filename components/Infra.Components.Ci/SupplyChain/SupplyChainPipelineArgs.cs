namespace Infra.Components.Ci.SupplyChain;

/// <summary>Arguments of a <see cref="SupplyChainPipeline"/>: what to build, where to push it, and how to ship it.</summary>
public sealed record SupplyChainPipelineArgs
{
    /// <summary>The pipeline (and WorkflowTemplate) name; Tasks are named <c>&lt;name&gt;-&lt;stage&gt;</c>.</summary>
    public string Name { get; init; } = "supply-chain";

    /// <summary>The namespace the pipeline objects live in.</summary>
    public required string Namespace { get; init; }

    /// <summary>The source repository (default of the <c>repo-url</c> parameter).</summary>
    public required string RepositoryUrl { get; init; }

    /// <summary>The revision built by default (<c>revision</c> parameter).</summary>
    public string Revision { get; init; } = "main";

    /// <summary>The registry host (and optional path), e.g. <c>registry.example.com/team</c>.</summary>
    public required string Registry { get; init; }

    /// <summary>The image name under the registry, e.g. <c>shop</c>.</summary>
    public required string Image { get; init; }

    /// <summary>The build tool.</summary>
    public ImageBuilder Builder { get; init; } = ImageBuilder.Kaniko;

    /// <summary>The lowest vulnerability severity that fails the scan.</summary>
    public VulnerabilitySeverity SeverityThreshold { get; init; } = VulnerabilitySeverity.High;

    /// <summary>The SBOM format.</summary>
    public SbomFormat SbomFormat { get; init; } = SbomFormat.CycloneDx;

    /// <summary>The Secret (in <see cref="Namespace"/>) holding the cosign key pair (<c>cosign.key</c>, <c>cosign.password</c>).</summary>
    public string CosignKeySecret { get; init; } = "cosign-key";

    /// <summary>The Secret holding registry credentials (type <c>kubernetes.io/dockerconfigjson</c>).</summary>
    public string RegistryCredentialsSecret { get; init; } = "registry-credentials";

    /// <summary>How the signed image is deployed.</summary>
    public required DeployTarget Deploy { get; init; }

    /// <summary>The engine(s) to emit.</summary>
    public PipelineEngine Engine { get; init; } = PipelineEngine.Tekton;

    /// <summary>The tool images.</summary>
    public required SupplyChainToolImages Tools { get; init; }

    /// <summary>Extra stages (e.g. unit tests after <c>clone</c>); deploy waits for all of them.</summary>
    public IReadOnlyList<SupplyChainStage> ExtraStages { get; init; } = [];

    /// <summary>The service account the pipeline pods run as.</summary>
    public string ServiceAccountName { get; init; } = "pipeline";

    /// <summary>Size of the per-run source volume.</summary>
    public string WorkspaceSize { get; init; } = "1Gi";

    /// <summary>Cron schedules for a nightly rebuild (Argo: CronWorkflow); empty for none.</summary>
    public IReadOnlyList<string> Schedules { get; init; } = [];

    /// <summary>Emit a Tekton Triggers webhook (TriggerBinding, TriggerTemplate, EventListener) for pushes.</summary>
    public bool WebhookTrigger { get; init; }

    /// <summary>The Secret holding the webhook's shared secret (key <c>secret</c>), checked by the GitHub interceptor.</summary>
    public string WebhookSecret { get; init; } = "webhook-secret";
}
