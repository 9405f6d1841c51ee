using System.Diagnostics;
using Infra.Providers.Kubernetes.Rendering;
using Infra.Providers.Kubernetes.Tests.Live;

namespace Infra.Providers.Kubernetes.Tests.Rendering;

public sealed class KubectlKustomizeTests
{
    [SkippableFact]
    public async Task KubectlKustomize_RenderedFolder_AcceptedWithAllObjects()
    {
        var kubectl = FindOnPath("kubectl");
        Skip.If(kubectl is null, "kubectl is not installed");
        using var dir = new TempDirectory();
        var options = new RenderOptions(dir.Path) { SecretStore = new SecretStoreReference("ClusterSecretStore", "vault") };
        var renderer = await ManifestRenderer.OpenAsync(options, CancellationToken.None);
        foreach (var manifest in RenderFixtures.Stack().Append(TestManifests.Secret("db", "prod")))
        {
            Assert.True((await renderer.WriteAsync(manifest, CancellationToken.None)).Succeeded);
        }

        await renderer.FinalizeAsync(CancellationToken.None);

        var (exitCode, output, error) = await RunAsync(kubectl!, $"kustomize {dir.Path}");

        Assert.True(exitCode == 0, error);
        var documents = output.Split("\n---\n");
        Assert.Equal(8, documents.Length);
        Assert.Contains(documents, d => d.Contains("kind: ExternalSecret") && d.Contains("name: db"));
        Assert.Contains(documents, d => d.Contains("kind: Pipeline") && d.Contains("taskRef"));
        Assert.Contains(documents, d => d.Contains("enabled: \"yes\"") && d.Contains("port: \"8080\""));
        Assert.DoesNotContain("c3VwZXItc2VjcmV0LXZhbHVl", output);
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, name))
            .FirstOrDefault(File.Exists);

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
