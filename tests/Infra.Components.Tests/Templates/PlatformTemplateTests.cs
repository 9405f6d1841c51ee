using System.Text.Json.Nodes;
using Infra.Components.Tests.Support;

namespace Infra.Components.Tests.Templates;

[Collection(LocalFeedCollection.Name)]
public sealed class PlatformTemplateTests(LocalInfraFeed feed)
{
    [Fact]
    public async Task New_Platform_CarriesEveryProgramFileAndPolicyOfTheRepository()
    {
        using var temp = new TempFolder();
        var run = await StandaloneCli.RunAsync(temp.Path, "new", "platform", "--dir", "acme", "--name", "acme-platform");
        Assert.True(run.ExitCode == 0, run.ToString());

        var program = Path.Combine(RepositoryRoot.Path, "stacks", "Platform");
        var expected = RepositoryFiles(program).Where(f => !f.EndsWith(".csproj", StringComparison.Ordinal))
            .Concat(RepositoryFiles(Path.Combine(RepositoryRoot.Path, "policies")).Select(f => "policies/" + f))
            .Concat(["acme-platform.csproj", "Pulumi.yaml", "Pulumi.dev.yaml", ".gitignore"])
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, RepositoryFiles(temp.Combine("acme")));
        foreach (var policy in RepositoryFiles(Path.Combine(RepositoryRoot.Path, "policies")))
        {
            Assert.Equal(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "policies", policy)), File.ReadAllText(temp.Combine("acme", "policies", policy)));
        }
        Assert.DoesNotContain("namespace Platform", File.ReadAllText(temp.Combine("acme", "PlatformStack.cs")), StringComparison.Ordinal);
        Assert.DoesNotContain("encryptionsalt", File.ReadAllText(temp.Combine("acme", "Pulumi.dev.yaml")), StringComparison.Ordinal);
        Assert.Contains("  acme-platform:etcdMembers: 1", File.ReadAllText(temp.Combine("acme", "Pulumi.dev.yaml")), StringComparison.Ordinal);
        Assert.False(File.Exists(temp.Combine("acme", "nuget.config")));
    }

    [SkippableFact]
    public async Task New_Platform_BuildsFromPackages_AndPreviewsTheDevStack()
    {
        Skip.If(LocalInfraFeed.SkipReason is not null, LocalInfraFeed.SkipReason);
        using var temp = new TempFolder();
        var app = temp.Combine("acme");
        var created = await StandaloneCli.RunAsync(temp.Path, "new", "platform", "--dir", "acme", "--name", "acme-platform", "--feed", feed.Feed, "--feed", LocalInfraFeed.Cache);
        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.Contains($"value=\"{feed.Feed}\"", File.ReadAllText(Path.Combine(app, "nuget.config")), StringComparison.Ordinal);

        await ProcessRunner.RunOkAsync("dotnet", ["build"], app);
        Assert.True(Directory.Exists(Path.Combine(app, ".packages", "infra.cli")), "restored into the private .packages folder");
        var preview = await ProcessRunner.RunOkAsync("dotnet", [Path.Combine(app, "bin", "Debug", "net10.0", "acme-platform.dll"), "preview", "--stack", "dev", "--save-plan", "plan.json"], app,
            new Dictionary<string, string> { ["INFRA_CONFIG_PASSPHRASE"] = "acme" });

        Assert.Contains("infra:components:EtcdCluster etcd create", preview.Out, StringComparison.Ordinal);
        Assert.Contains("infra:components:VaultCluster vault create", preview.Out, StringComparison.Ordinal);
        Assert.Contains("kubernetes:apps/v1:StatefulSet consul-server-set create", preview.Out, StringComparison.Ordinal);
        // The dev stack's renamed config keys are the ones the program reads: one etcd member instead of the default three.
        var plan = JsonNode.Parse(File.ReadAllText(Path.Combine(app, "plan.json")))!;
        Assert.Equal("acme-platform", (string?)plan["project"]);
        var etcd = plan["steps"]!.AsArray().Single(s => (string?)s!["type"] == "kubernetes:apps/v1:StatefulSet" && (string?)s["name"] == "etcd")!;
        Assert.Equal(1, (int?)etcd["newInputs"]!["manifest"]!["spec"]!["replicas"]);
        Assert.DoesNotContain(Directory.GetFiles(Path.Combine(app, "bin", "Debug", "net10.0"), "*.dll"), f => Path.GetFileName(f) == "Platform.dll");
    }

    private static List<string> RepositoryFiles(string folder) =>
        [.. Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("bin/", StringComparison.Ordinal) && !f.StartsWith("obj/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];
}
