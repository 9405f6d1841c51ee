using Infra.Cli.Policy;
using Infra.Components.Tests.Support;
using Infra.Policy.Packs;
using Platform;

namespace Infra.Components.Tests.Snapshots;

/// <summary>Every environment's full platform plan passes every mandatory policy of the repository's packs.</summary>
public sealed class PlatformPolicyTests
{
    public static TheoryData<string> Environments => new() { "dev", "staging", "prod" };

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task Plan_PassesAllMandatoryPolicies(string environment)
    {
        var config = StackConfigFiles.Load(environment);
        var plan = await Previews.RunAsync(() => new PlatformStack(), environment, config);
        var policies = Path.Combine(RepositoryRoot(), "policies");
        var packs = Directory.GetDirectories(policies).Where(d => File.Exists(Path.Combine(d, PolicyPackLoader.FileName))).Order().ToList();
        Assert.Equal(4, packs.Count);
        var report = await PolicyEvaluator.EvaluateAsync(packs, PolicyInput.FromPlan(plan), CancellationToken.None);
        Assert.Empty(report.Errors);
        Assert.True(report.Evaluated >= 10, $"only {report.Evaluated} policies evaluated");
        Assert.True(!report.Blocked, string.Join("\n", report.Results.Where(r => r.Blocking).Select(r => $"{r.Policy}: {r.Message}")));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Infra.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("repository root not found");
    }
}
