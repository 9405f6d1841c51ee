using Infra.Components.Tests.Support;

namespace Infra.Components.Tests.Templates;

/// <summary><c>infra new</c> templates that need no package restore, and its input errors.</summary>
public sealed class NewCommandTests
{
    public static TheoryData<string[], string> BadInput => new()
    {
        { ["new", "policy-pack", "--dir", "p", "--feed", "feed"], "--feed: a policy pack has no packages to restore" },
        { ["new", "component", "--dir", "c", "--name", "acme.1web"], "invalid project name 'acme.1web'" },
        { ["new", "helm"], "helm" },
    };

    [Fact]
    public async Task New_PolicyPack_PassesItsOwnTests()
    {
        using var temp = new TempFolder();
        var created = await StandaloneCli.RunAsync(temp.Path, "new", "policy-pack", "--dir", "acme-policies");
        Assert.True(created.ExitCode == 0, created.ToString());

        var tests = await StandaloneCli.RunAsync(temp.Path, "policy", "test", "acme-policies");
        Assert.True(tests.ExitCode == 0, tests.ToString());
        Assert.Contains("6 passed, 0 failed", tests.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_PolicyPack_GatesAPlatformPreview()
    {
        using var project = new PlatformProject();
        var created = await StandaloneCli.RunAsync(project.Directory, "new", "policy-pack", "--dir", "labels-pack");
        Assert.True(created.ExitCode == 0, created.ToString());

        var preview = await project.RunAsync("preview", "--stack", "dev", "--policy-pack", "labels-pack");

        // The platform's namespaces and network policies carry no app.kubernetes.io/name label: the mandatory rule blocks.
        Assert.True(preview.ExitCode == 3, preview.ToString());
        Assert.Contains("NetworkPolicy default-deny has no app.kubernetes.io/name label", preview.Out + preview.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_PolicyPack_TestsFailWhenARuleIsBroken()
    {
        using var temp = new TempFolder();
        Assert.Equal(0, (await StandaloneCli.RunAsync(temp.Path, "new", "policy-pack", "--dir", "pack")).ExitCode);
        var rule = temp.Combine("pack", "labels.rego");
        File.WriteAllText(rule, File.ReadAllText(rule).Replace("not r.inputs.manifest.metadata.labels[label]", "r.inputs.manifest.metadata.labels[label]", StringComparison.Ordinal));

        var tests = await StandaloneCli.RunAsync(temp.Path, "policy", "test", "pack");
        Assert.NotEqual(0, tests.ExitCode);
        Assert.Contains("test_missing_label_denied", tests.Out + tests.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task New_CSharpWithFeeds_WritesNuGetConfigListingExactlyThem()
    {
        using var temp = new TempFolder();
        var run = await StandaloneCli.RunAsync(temp.Path, "new", "csharp", "--dir", "app", "--feed", "feed", "--feed", "nuget.org");
        Assert.True(run.ExitCode == 0, run.ToString());

        var config = File.ReadAllText(temp.Combine("app", "nuget.config"));
        Assert.Contains("<clear />", config, StringComparison.Ordinal);
        Assert.Contains($"<add key=\"feed1\" value=\"{temp.Combine("feed")}\" />", config, StringComparison.Ordinal);
        Assert.Contains("<add key=\"feed2\" value=\"https://api.nuget.org/v3/index.json\" />", config, StringComparison.Ordinal);
        Assert.Contains("<add key=\"globalPackagesFolder\" value=\".packages\" />", config, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task New_BadInput_ExitsWithTwoNamingTheProblem(string[] args, string expected)
    {
        using var temp = new TempFolder();
        var run = await StandaloneCli.RunAsync(temp.Path, args);
        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.Contains(expected, run.Out + run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }
}
