using Infra.Components.Ci.Workloads;

namespace Infra.Components.Ci.SupplyChain;

/// <summary>Builds the engine-neutral stages, parameters and workspaces of a supply chain from its arguments.</summary>
internal static class SupplyChainStages
{
    internal const string Source = "source";
    internal const string RegistryCredentials = "registry-credentials";

    internal static IReadOnlyList<PipelineParameterDefinition> Parameters(SupplyChainPipelineArgs args) =>
    [
        new("repo-url", args.RepositoryUrl, "The Git repository to build."),
        new("revision", args.Revision, "The branch, tag or commit to build."),
        new("image", $"{args.Registry.TrimEnd('/')}/{args.Image}", "The image repository pushed to (tagged with the commit)."),
    ];

    internal static IReadOnlyList<PipelineWorkspaceDefinition> Workspaces(SupplyChainPipelineArgs args) =>
    [
        new(Source, null),
        new(RegistryCredentials, args.RegistryCredentialsSecret, [new SecretItem(".dockerconfigjson", "config.json")]),
        args.Deploy switch
        {
            GitOpsRepositoryUpdate git => new("gitops-credentials", git.CredentialsSecret),
            ArgoCdSync sync => new("argocd-credentials", sync.TokenSecret),
            _ => throw new ConfigException($"{args.Name}: unsupported deploy target {args.Deploy.GetType().Name}"),
        },
    ];

    internal static IReadOnlyList<SupplyChainStage> Build(SupplyChainPipelineArgs args)
    {
        var tools = args.Tools;
        var field = $"supplyChain '{args.Name}' tools";
        var restricted = ContainerSecurity.RestrictedWritable;
        var registryAccess = new[] { Source, RegistryCredentials };
        var imageRef = StageValue.Result("build", "image-ref");
        var stages = new List<SupplyChainStage>
        {
            new("clone", Pin(tools.Git, field + ".git"), StageScripts.Clone)
            {
                Inputs = new Dictionary<string, StageValue> { ["url"] = StageValue.Parameter("repo-url"), ["revision"] = StageValue.Parameter("revision") },
                Results = ["commit"],
                Workspaces = [Source],
                Resources = ContainerResources.Of("100m", "256Mi"),
                Security = restricted,
            },
            BuildStage(args, field),
            new("scan", Pin(tools.Trivy, field + ".trivy"), StageScripts.Scan)
            {
                Inputs = new Dictionary<string, StageValue> { ["image-ref"] = imageRef, ["severity"] = StageValue.Literal(SeverityList(args.SeverityThreshold)) },
                Workspaces = registryAccess,
                Resources = ContainerResources.Of("500m", "1Gi"),
                Security = restricted,
            },
            new("sbom", Pin(tools.Syft, field + ".syft"), StageScripts.Sbom)
            {
                Inputs = new Dictionary<string, StageValue> { ["image-ref"] = imageRef, ["format"] = StageValue.Literal(args.SbomFormat == SbomFormat.Spdx ? "spdx-json" : "cyclonedx-json") },
                Results = ["sbom-file"],
                Workspaces = registryAccess,
                Resources = ContainerResources.Of("250m", "512Mi"),
                Security = restricted,
            },
            new("sign", Pin(tools.Cosign, field + ".cosign"), StageScripts.Sign)
            {
                Inputs = new Dictionary<string, StageValue>
                {
                    ["image-ref"] = imageRef,
                    ["sbom-file"] = StageValue.Result("sbom", "sbom-file"),
                    ["key"] = StageValue.Literal($"k8s://{args.Namespace}/{args.CosignKeySecret}"),
                    ["predicate-type"] = StageValue.Literal(args.SbomFormat == SbomFormat.Spdx ? "spdxjson" : "cyclonedx"),
                },
                RunAfter = ["scan"],
                Workspaces = registryAccess,
                Resources = ContainerResources.Of("100m", "256Mi"),
                Security = restricted,
            },
        };
        stages.AddRange(args.ExtraStages);
        stages.Add(DeployStage(args, field, ["sign", .. args.ExtraStages.Select(s => s.Name)]));
        return stages;
    }

    private static SupplyChainStage BuildStage(SupplyChainPipelineArgs args, string field)
    {
        var inputs = new Dictionary<string, StageValue> { ["image"] = StageValue.Parameter("image"), ["commit"] = StageValue.Result("clone", "commit") };
        return args.Builder switch
        {
            ImageBuilder.BuildKit => new("build", Pin(args.Tools.BuildKit, field + ".buildKit"), StageScripts.BuildKit)
            {
                Inputs = inputs,
                Results = ["digest", "image-ref"],
                Workspaces = [Source, RegistryCredentials],
                Resources = ContainerResources.Of("1", "2Gi"),
                // Rootless BuildKit needs unconfined seccomp (it creates user namespaces), but never root or escalation.
                Security = new ContainerSecurity { RunAsNonRoot = true, RunAsUser = 1000, AllowPrivilegeEscalation = false, SeccompProfile = new SeccompProfile("Unconfined") },
            },
            _ => new("build", Pin(args.Tools.Kaniko, field + ".kaniko"), StageScripts.Kaniko)
            {
                Inputs = inputs,
                Results = ["digest", "image-ref"],
                Workspaces = [Source, RegistryCredentials],
                Resources = ContainerResources.Of("1", "2Gi"),
                // Kaniko unpacks images as root inside the container; keep only the capabilities it needs.
                Security = new ContainerSecurity
                {
                    RunAsUser = 0,
                    AllowPrivilegeEscalation = false,
                    Capabilities = new ContainerCapabilities(["CHOWN", "DAC_OVERRIDE", "FOWNER", "SETGID", "SETUID"], ["ALL"]),
                    SeccompProfile = new SeccompProfile("RuntimeDefault"),
                },
            },
        };
    }

    private static SupplyChainStage DeployStage(SupplyChainPipelineArgs args, string field, IReadOnlyList<string> runAfter) => args.Deploy switch
    {
        GitOpsRepositoryUpdate git => new("deploy", Pin(args.Tools.Git, field + ".git"), StageScripts.GitOpsUpdate)
        {
            Inputs = new Dictionary<string, StageValue>
            {
                ["image"] = StageValue.Parameter("image"),
                ["image-ref"] = StageValue.Result("build", "image-ref"),
                ["repository"] = StageValue.Literal(git.RepositoryUrl),
                ["file"] = StageValue.Literal(git.File),
                ["branch"] = StageValue.Literal(git.Branch),
            },
            RunAfter = runAfter,
            Workspaces = [Source, "gitops-credentials"],
            Resources = ContainerResources.Of("100m", "256Mi"),
            Security = ContainerSecurity.RestrictedWritable,
        },
        ArgoCdSync sync => new("deploy", Pin(args.Tools.ArgoCdCli, field + ".argoCdCli"), StageScripts.ArgoCdSync)
        {
            Inputs = new Dictionary<string, StageValue> { ["application"] = StageValue.Literal(sync.Application), ["server"] = StageValue.Literal(sync.Server) },
            RunAfter = runAfter,
            Workspaces = ["argocd-credentials"],
            Resources = ContainerResources.Of("100m", "128Mi"),
            Security = ContainerSecurity.RestrictedWritable,
        },
        _ => throw new ConfigException($"{args.Name}: unsupported deploy target {args.Deploy.GetType().Name}"),
    };

    private static string SeverityList(VulnerabilitySeverity threshold) =>
        string.Join(",", Enum.GetValues<VulnerabilitySeverity>().Where(s => s >= threshold).Select(s => s.ToString().ToUpperInvariant()));

    private static string Pin(string? image, string field) =>
        ImageReference.Parse(image ?? throw new ConfigException($"{field}: an image is required for the chosen options."), field).ToString();
}
