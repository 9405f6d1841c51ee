using Infra.Providers.Kubernetes.Configuration;
using Infra.Providers.Kubernetes.Manifests;

namespace Infra.Providers.Kubernetes.Provider;

/// <summary>The provider's configuration with paths resolved against the project folder, and any config problems.</summary>
/// <param name="Config">The parsed configuration.</param>
/// <param name="Problems">Invalid configuration keys; every resource's check reports them.</param>
internal sealed record ProviderSettings(KubernetesProviderConfig Config, IReadOnlyList<KubernetesDiagnostic> Problems)
{
    private const string Prefix = "kubernetes:";

    public static ProviderSettings From(ProviderContext context)
    {
        var values = context.Config.ToDictionary(p => Prefix + p.Key, p => p.Value.Value, StringComparer.Ordinal);
        var config = KubernetesConfigReader.Read(values, context.Stack, out var problems);
        var outputDirectory = Path.GetFullPath(Path.Combine(context.ProjectDirectory, config.Render.OutputDirectory));
        var kubeconfig = config.KubeconfigPath is null ? null : Path.GetFullPath(Path.Combine(context.ProjectDirectory, ExpandHome(config.KubeconfigPath)));
        var resolved = config with { Render = config.Render with { OutputDirectory = outputDirectory }, KubeconfigPath = kubeconfig };
        return new ProviderSettings(resolved, problems);
    }

    private static string ExpandHome(string path) =>
        path.StartsWith("~/", StringComparison.Ordinal)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), path[2..])
            : path;
}
