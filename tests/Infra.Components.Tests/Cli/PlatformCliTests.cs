using System.Diagnostics;
using Infra.Components.Tests.Support;

namespace Infra.Components.Tests.Cli;

public sealed class PlatformCliTests
{
    [Fact]
    public async Task Up_Twice_SecondRunChangesNothing()
    {
        using var project = new PlatformProject();
        var first = await project.RunAsync("up", "--stack", "dev", "--yes");
        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(File.Exists(project.Path("out/dev/kustomization.yaml")), first.ToString());

        var second = await project.RunAsync("up", "--stack", "dev", "--yes");
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Empty(second.Steps);
        Assert.Contains("unchanged", second.Out, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string[]> Changes => new()
    {
        { "platform:etcdMemoryLimit", "768Mi", ["~ kubernetes:apps/v1:StatefulSet etcd update"] },
        { "platform:consulStorageSize", "3Gi", ["+- kubernetes:apps/v1:StatefulSet consul-server-set replace"] },
        { "platform:vaultInjector", "true", [
            "+ kubernetes:core/v1:ServiceAccount vault-injector-sa create",
            "+ kubernetes:rbac.authorization.k8s.io/v1:ClusterRole vault-injector-role create",
            "+ kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding vault-injector-binding create",
            "+ kubernetes:core/v1:Service vault-injector-service create",
            "+ kubernetes:apps/v1:Deployment vault-injector create",
            "+ kubernetes:admissionregistration.k8s.io/v1:MutatingWebhookConfiguration vault-injector-webhook create",
        ] },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public async Task Preview_OneArgChanged_PlansExactlyTheExpectedSteps(string key, string value, string[] expected)
    {
        using var project = new PlatformProject();
        var up = await project.RunAsync("up", "--stack", "dev", "--yes");
        Assert.True(up.ExitCode == 0, up.ToString());

        project.SetDevConfig(key, value);
        var preview = await project.RunAsync("preview", "--stack", "dev");
        Assert.True(preview.ExitCode == 0, preview.ToString());
        Assert.Equal(expected.Order(StringComparer.Ordinal), preview.Steps.Order(StringComparer.Ordinal));
    }

    public static TheoryData<string[], string> BadInputs => new()
    {
        { ["platform:etcdMembers=2"], "Members: must be odd" },
        { ["platform:vaultStorageSize=10GB"], "Storage.Size: must be a size like 10Gi" },
        {
            [
                "platform:production=true", "platform:tlsEnabled=false", "platform:etcdMembers=3", "platform:consulServers=3", "platform:vaultReplicas=3",
                "platform:vaultUnsealMode=awskms", "platform:vaultAwsRegion=eu-west-1", "platform:vaultAwsKmsKeyId=alias/k",
            ],
            "TlsEnabled: must be true in a production stack"
        },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Preview_BadArgs_ExitsTwoNamingTheArg(string[] settings, string message)
    {
        using var project = new PlatformProject();
        foreach (var setting in settings)
        {
            var (key, value) = (setting[..setting.IndexOf('=', StringComparison.Ordinal)], setting[(setting.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            project.SetDevConfig(key, value);
        }
        var preview = await project.RunAsync("preview", "--stack", "dev");
        Assert.True(preview.ExitCode == 2, preview.ToString());
        Assert.Contains(message, preview.Out + preview.Error, StringComparison.Ordinal);
    }

    [SkippableTheory]
    [InlineData("dev")]
    public async Task Up_Render_KustomizeAcceptsTheFolder(string stack)
    {
        var kubectl = Environment.GetEnvironmentVariable("PATH")?.Split(':').Select(p => Path.Combine(p, "kubectl")).FirstOrDefault(File.Exists);
        Skip.If(kubectl is null && Environment.GetEnvironmentVariable("CI") != "true", "kubectl is not installed");
        Assert.NotNull(kubectl);
        using var project = new PlatformProject();
        var up = await project.RunAsync("up", "--stack", stack, "--yes");
        Assert.True(up.ExitCode == 0, up.ToString());

        using var process = Process.Start(new ProcessStartInfo(kubectl!, ["kustomize", project.Path($"out/{stack}")]) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, error);
        Assert.Contains("kind: StatefulSet", output, StringComparison.Ordinal);
        Assert.Contains("kind: ExternalSecret", output, StringComparison.Ordinal);
        Assert.DoesNotContain("PRIVATE KEY", output, StringComparison.Ordinal);
    }
}
