using System.IO.Compression;
using Infra.Components.Tests.Support;

namespace Infra.Components.Tests.Templates;

[Collection(LocalFeedCollection.Name)]
public sealed class ComponentTemplateTests(LocalInfraFeed feed)
{
    [SkippableFact]
    public async Task New_Component_TestsItsSnapshot_AndPacks()
    {
        Skip.If(LocalInfraFeed.SkipReason is not null, LocalInfraFeed.SkipReason);
        using var temp = new TempFolder();
        var root = temp.Combine("Acme.WebApp");
        var created = await StandaloneCli.RunAsync(temp.Path, "new", "component", "--dir", "Acme.WebApp", "--feed", feed.Feed, "--feed", LocalInfraFeed.Cache);
        Assert.True(created.ExitCode == 0, created.ToString());

        // First run: no verified snapshot yet; accepting writes it (the documented workflow), and every test passes.
        var accepted = await ProcessRunner.RunOkAsync("dotnet", ["test"], root, new Dictionary<string, string> { ["INFRA_ACCEPT_SNAPSHOTS"] = "1" });
        Assert.Contains("Passed!", accepted.Out, StringComparison.Ordinal);
        var snapshot = Path.Combine(root, "tests", "Acme.WebApp.Tests", "Snapshots", "web-app.verified.json");
        var verified = File.ReadAllText(snapshot);
        Assert.Contains("\"type\": \"acme:components:WebApp\"", verified, StringComparison.Ordinal);
        Assert.Contains("\"LOG_LEVEL\": \"info\"", verified, StringComparison.Ordinal);

        // Second run compares with the snapshot: passes as generated, fails once the snapshot disagrees.
        var tests = await ProcessRunner.RunOkAsync("dotnet", ["test", "--no-build"], root);
        Assert.Contains("Failed:     0, Passed:     5", tests.Out, StringComparison.Ordinal);
        File.WriteAllText(snapshot, verified.Replace("\"replicas\": 2", "\"replicas\": 3", StringComparison.Ordinal));
        var drifted = await ProcessRunner.RunAsync("dotnet", ["test", "--no-build"], root);
        Assert.NotEqual(0, drifted.ExitCode);
        Assert.Contains("Preview_DefaultArgs_MatchesSnapshot", drifted.Out, StringComparison.Ordinal);

        await ProcessRunner.RunOkAsync("dotnet", ["pack", Path.Combine("src", "Acme.WebApp"), "--no-build", "-c", "Debug", "-o", temp.Combine("out")], root);
        using var package = ZipFile.OpenRead(temp.Combine("out", "Acme.WebApp.0.1.0.nupkg"));
        Assert.Contains(package.Entries, e => e.FullName == "lib/net10.0/Acme.WebApp.xml");
        Assert.Contains(package.Entries, e => e.FullName == "README.md");
        using var nuspec = new StreamReader(package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
        var manifest = nuspec.ReadToEnd();
        Assert.Contains("<dependency id=\"Infra.Providers.Kubernetes\" version=\"0.1.0\"", manifest, StringComparison.Ordinal);
        Assert.Contains("The WebApp component for Infra", manifest, StringComparison.Ordinal);
    }
}
