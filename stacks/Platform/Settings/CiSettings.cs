using Infra;
using Infra.Components.Ci;
using Infra.Components.Ci.Controllers;
using Infra.Components.Ci.GitOps;
using Infra.Components.Ci.SupplyChain;
using Infra.Components.Ci.Workloads;

namespace Platform.Settings;

/// <summary>
/// Reads the <c>platform:ci*</c> keys (declared in Pulumi.yaml) into the CI platform's arguments. Only the images the
/// chosen engine and builder use are required; a missing or unknown value throws <see cref="ConfigException"/> naming
/// the key.
/// </summary>
public static class CiSettings
{
    /// <summary>The namespace the supply-chain pipeline objects live in.</summary>
    public static string Namespace(Config config) => config.Get("ciNamespace") is { Length: > 0 } ns ? ns : "ci";

    /// <summary>Builds the CI platform's arguments for <paramref name="environment"/>.</summary>
    public static CiPlatformArgs Read(Config config, string environment)
    {
        var engine = ReadEngine(config);
        var tekton = engine is PipelineEngine.Tekton or PipelineEngine.Both;
        var argo = engine is PipelineEngine.ArgoWorkflows or PipelineEngine.Both;
        var sizing = new ControllerSizing(
            config.GetInt32("ciControllerReplicas") ?? 1,
            ContainerResources.Of(config.Get("ciControllerCpuRequest") ?? "100m", config.Get("ciControllerMemory") ?? "256Mi"));
        return new CiPlatformArgs
        {
            Environment = environment,
            Tekton = tekton ? new TektonPipelinesControllerArgs
            {
                Environment = environment,
                Sizing = sizing,
                Images = new TektonImages
                {
                    Controller = Image(config, "ciTektonControllerImage"),
                    Entrypoint = Image(config, "ciTektonEntrypointImage"),
                    Nop = Image(config, "ciTektonNopImage"),
                    SidecarLogResults = Image(config, "ciTektonSidecarLogResultsImage"),
                    WorkingDirInit = Image(config, "ciTektonWorkingDirInitImage"),
                    Shell = Image(config, "ciTektonShellImage"),
                },
            } : null,
            ArgoWorkflows = argo ? new ArgoWorkflowsControllerArgs
            {
                Environment = environment,
                Sizing = sizing,
                ControllerImage = Image(config, "ciArgoControllerImage"),
                ExecutorImage = Image(config, "ciArgoExecutorImage"),
                Parallelism = config.GetInt32("ciArgoParallelism") ?? 0,
                ArtifactRepository = ReadArtifactRepository(config),
            } : null,
            SupplyChains = [ReadSupplyChain(config, engine)],
            GitOps = new GitOpsApplicationsArgs
            {
                RepositoryUrl = Required(config, "ciGitOpsRepositoryUrl"),
                TargetRevision = Optional(config, "ciGitOpsRevision") ?? "main",
                Environments =
                [
                    new GitOpsEnvironment(environment, Optional(config, "ciGitOpsDestinationServer") ?? "https://kubernetes.default.svc")
                    {
                        AutoSync = config.GetBoolean("ciGitOpsAutoSync") ?? true,
                    },
                ],
                HealthChecks = tekton ? [ResourceHealthCheck.TektonPipelineRun] : [],
            },
        };
    }

    private static SupplyChainPipelineArgs ReadSupplyChain(Config config, PipelineEngine engine)
    {
        var builder = Choice(config, "ciBuilder", "kaniko", new Dictionary<string, ImageBuilder>(StringComparer.Ordinal)
        {
            ["kaniko"] = ImageBuilder.Kaniko,
            ["buildkit"] = ImageBuilder.BuildKit,
        });
        var schedule = Optional(config, "ciSchedule");
        return new SupplyChainPipelineArgs
        {
            Namespace = Namespace(config),
            RepositoryUrl = Required(config, "ciRepositoryUrl"),
            Revision = Optional(config, "ciRevision") ?? "main",
            Registry = Required(config, "ciRegistry"),
            Image = Required(config, "ciImage"),
            Builder = builder,
            SbomFormat = Choice(config, "ciSbomFormat", "cyclonedx", new Dictionary<string, SbomFormat>(StringComparer.Ordinal)
            {
                ["cyclonedx"] = SbomFormat.CycloneDx,
                ["spdx"] = SbomFormat.Spdx,
            }),
            SeverityThreshold = Choice(config, "ciSeverityThreshold", "high", new Dictionary<string, VulnerabilitySeverity>(StringComparer.Ordinal)
            {
                ["low"] = VulnerabilitySeverity.Low,
                ["medium"] = VulnerabilitySeverity.Medium,
                ["high"] = VulnerabilitySeverity.High,
                ["critical"] = VulnerabilitySeverity.Critical,
            }),
            Deploy = new GitOpsRepositoryUpdate(Required(config, "ciDeployRepositoryUrl"), Required(config, "ciDeployFile"), Optional(config, "ciDeployBranch") ?? "main"),
            Engine = engine,
            Tools = new SupplyChainToolImages
            {
                Git = Image(config, "ciGitImage"),
                Kaniko = builder == ImageBuilder.Kaniko ? Image(config, "ciKanikoImage") : null,
                BuildKit = builder == ImageBuilder.BuildKit ? Image(config, "ciBuildKitImage") : null,
                Trivy = Image(config, "ciTrivyImage"),
                Syft = Image(config, "ciSyftImage"),
                Cosign = Image(config, "ciCosignImage"),
            },
            WebhookTrigger = engine != PipelineEngine.ArgoWorkflows && (config.GetBoolean("ciWebhookTrigger") ?? false),
            Schedules = engine != PipelineEngine.Tekton && schedule is not null ? [schedule] : [],
        };
    }

    private static PipelineEngine ReadEngine(Config config) =>
        Choice(config, "ciPipelineEngine", "tekton", new Dictionary<string, PipelineEngine>(StringComparer.Ordinal)
        {
            ["tekton"] = PipelineEngine.Tekton,
            ["argo-workflows"] = PipelineEngine.ArgoWorkflows,
            ["both"] = PipelineEngine.Both,
        });

    private static S3ArtifactRepository? ReadArtifactRepository(Config config) =>
        Optional(config, "ciArtifactBucket") is { } bucket
            ? new S3ArtifactRepository(bucket, Required(config, "ciArtifactEndpoint"),
                new SecretKeyReference("argo-artifacts", "accesskey"), new SecretKeyReference("argo-artifacts", "secretkey"))
            {
                Region = Optional(config, "ciArtifactRegion"),
            }
            : null;

    private static T Choice<T>(Config config, string key, string fallback, IReadOnlyDictionary<string, T> choices)
    {
        var text = Optional(config, key) ?? fallback;
        return choices.TryGetValue(text.ToLowerInvariant(), out var value)
            ? value
            : throw new ConfigException($"Configuration key 'platform:{key}' must be {string.Join(", ", choices.Keys)}, got '{text}'.");
    }

    // The component validates the digest pin itself; here an empty value only needs to name its key.
    private static string Image(Config config, string key) =>
        Optional(config, key) ?? throw new ConfigException($"Configuration key 'platform:{key}' is required by the chosen CI engine and builder: set it to an image pinned by digest (repo:tag@sha256:…).");

    private static string Required(Config config, string key) =>
        Optional(config, key) ?? throw new ConfigException($"Configuration key 'platform:{key}' is required for the CI platform.");

    private static string? Optional(Config config, string key) => config.Get(key) is { Length: > 0 } value ? value : null;
}
