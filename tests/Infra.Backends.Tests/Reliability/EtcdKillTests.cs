using System.Diagnostics;
using Infra.Backends.Tests.Server;
using Xunit.Abstractions;

namespace Infra.Backends.Tests.Reliability;

/// <summary>
/// SIGKILL the runner (a child process) mid-up with state in etcd, at the first, a middle and the last create:
/// its lock lease (lockTtl=2) expires by itself, the next up completes, and state matches the provider's world
/// exactly (nothing lost, nothing duplicated).
/// </summary>
public sealed class EtcdKillTests(EtcdFixture etcd, ITestOutputHelper output) : IClassFixture<EtcdFixture>
{
    private const int Things = 6;

    public static TheoryData<string> KillPoints => ["thing-0", "thing-3", "thing-5"];

    [SkippableTheory]
    [MemberData(nameof(KillPoints))]
    public async Task Up_RunnerKilledMidCreate_LeaseExpiresAndNextUpConverges(string blockedOn)
    {
        var url = $"etcd://{etcd.Server.Endpoint}/killed-{Guid.NewGuid():N}?lockTtl=2&timeout=5";
        using var project = new CliProject(url, $"config:\n  testproj:things: {Things}\n  testproj:chain: true\n");
        var blockedIndex = int.Parse(blockedOn["thing-".Length..], System.Globalization.CultureInfo.InvariantCulture);
        using (var child = ChildRunner.Start(project, ["up", "--stack", "dev", "--yes"], new Dictionary<string, string> { ["INFRA_TEST_BLOCK_ON"] = blockedOn }))
        {
            await ChildRunner.WaitUntilBlockedAsync(project, child);
            child.Kill(entireProcessTree: true);
            await child.WaitForExitAsync();
        }
        var killed = Stopwatch.StartNew();
        Assert.Equal(blockedIndex, project.WorldFiles().Count);

        CliRun next;
        var lockedAttempts = 0;
        while (true)
        {
            next = await ChildRunner.RunAsync(project, ["up", "--stack", "dev", "--yes"]);
            if (next.ExitCode != 4 || killed.Elapsed > TimeSpan.FromSeconds(30))
            {
                break;
            }
            lockedAttempts++;
            Assert.Contains("is locked by", next.Error);
        }
        output.WriteLine($"killed on {blockedOn}: the next up got the lock {killed.Elapsed.TotalSeconds:0.0} s after the kill ({lockedAttempts} attempt(s) refused with exit 4)");
        Assert.True(next.ExitCode == 0, next.ToString());
        Assert.Equal(Things, project.WorldFiles().Count);
        Assert.Equal(project.WorldUrns().Distinct().Count(), project.WorldUrns().Count);

        var resources = (await project.ExportedResourcesAsync()).EnumerateArray().Where(r => r.GetProperty("custom").GetBoolean()).ToList();
        Assert.Equal(project.WorldFiles(), resources.Select(r => r.GetProperty("id").GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(project.WorldUrns(), resources.Select(r => r.GetProperty("urn").GetString()!).Order(StringComparer.Ordinal));
        var preview = await ChildRunner.RunAsync(project, ["preview", "--stack", "dev"]);
        Assert.True(preview.ExitCode == 0 && preview.Out.Contains("(no changes)", StringComparison.Ordinal), preview.ToString());
    }
}
