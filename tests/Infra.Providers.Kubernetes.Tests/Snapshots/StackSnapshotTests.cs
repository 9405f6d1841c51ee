using Infra.Deployment;
using Infra.Providers.Kubernetes.Tests.Support;
using Infra.Testing;

namespace Infra.Providers.Kubernetes.Tests.Snapshots;

public sealed class StackSnapshotTests
{
    private static readonly SnapshotOptions Options = new()
    {
        Project = "shop",
        Stack = "prod",
        Config = new Dictionary<string, ConfigValue>(StringComparer.Ordinal)
        {
            ["kubernetes:renderSecrets"] = SnapshotOptions.Plain("true"),
            ["shop:apiToken"] = SnapshotOptions.Secret("t0ken-value"),
        },
    };

    [Fact]
    public async Task PreviewAsync_SampleApp_MatchesVerifiedSnapshot()
    {
        var app = new SampleApp { Password = "db-pa55" };

        var plan = await StackSnapshot.PreviewAsync(() => new DelegateStack(app.Register), Options, CancellationToken.None);

        PlanSnapshot.Verify(plan, "sample-app");
    }

    [Fact]
    public async Task PreviewAsync_SampleApp_RedactsSecretsAndTouchesNoFiles()
    {
        using var folder = new Rendering.TempDirectory();
        var app = new SampleApp { Password = "db-pa55" };

        var plan = await StackSnapshot.PreviewAsync(() => new DelegateStack(app.Register), Options with { ProjectDirectory = folder.Path }, CancellationToken.None);
        var text = PlanSnapshot.ToText(plan);

        Assert.Equal(7, plan.Steps.Count);
        Assert.DoesNotContain("db-pa55", text, StringComparison.Ordinal);
        Assert.DoesNotContain("t0ken-value", text, StringComparison.Ordinal);
        Assert.DoesNotContain("lineage", text, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    [Fact]
    public async Task PreviewAsync_SecretWithoutRenderSecrets_ThrowsNamingField()
    {
        var app = new SampleApp { Password = "db-pa55" };

        var error = await Assert.ThrowsAsync<StackSnapshotException>(() =>
            StackSnapshot.PreviewAsync(() => new DelegateStack(app.Register), new SnapshotOptions(), CancellationToken.None));

        Assert.Contains("manifest.stringData.password", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("db-pa55", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_ChangedStack_WritesReceivedAndThrowsUnifiedDiff()
    {
        using var folder = new Rendering.TempDirectory();
        var snapshot = Path.Combine(folder.Path, "app");
        var app = new SampleApp();
        var first = await StackSnapshot.PreviewAsync(() => new DelegateStack(app.Register), Options, CancellationToken.None);
        File.WriteAllText(snapshot + ".verified.json", PlanSnapshot.ToText(first));
        PlanSnapshot.Verify(first, snapshot, accept: false);

        app.Greeting = "bonjour";
        var second = await StackSnapshot.PreviewAsync(() => new DelegateStack(app.Register), Options, CancellationToken.None);
        var error = Assert.Throws<SnapshotMismatchException>(() => PlanSnapshot.Verify(second, snapshot, accept: false));

        Assert.Contains("--- app.verified.json", error.Message, StringComparison.Ordinal);
        var lines = error.Message.Split('\n');
        Assert.Contains(lines, l => l.StartsWith('+') && l[1..].Trim() == "\"greeting\": \"bonjour\"");
        Assert.Contains(lines, l => l.StartsWith('-') && l[1..].Trim() == "\"greeting\": \"hello\"");
        Assert.Contains(lines, l => l.StartsWith("@@ -", StringComparison.Ordinal));
        Assert.True(File.Exists(snapshot + ".received.json"));
        Assert.Equal(PlanSnapshot.ToText(second), File.ReadAllText(snapshot + ".received.json"));
    }

    [Fact]
    public void Verify_NoVerifiedFile_WritesReceivedAndThrows()
    {
        using var folder = new Rendering.TempDirectory();
        var snapshot = Path.Combine(folder.Path, "missing");
        var plan = new Infra.Engine.Planning.PlanDocument
        {
            Project = "p",
            Stack = "s",
            Lineage = Guid.NewGuid().ToString("N"),
            Serial = 3,
            Config = new Dictionary<string, System.Text.Json.Nodes.JsonNode?>(),
            Steps = [],
            Summary = new Dictionary<string, int>(),
        };

        var error = Assert.Throws<SnapshotMismatchException>(() => PlanSnapshot.Verify(plan, snapshot, accept: false));

        Assert.Contains("no verified snapshot", error.Message, StringComparison.Ordinal);
        Assert.Contains(PlanSnapshot.AcceptVariable, error.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(snapshot + ".received.json"));
    }
}
