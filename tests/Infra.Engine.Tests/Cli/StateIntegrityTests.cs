using System.Text;
using Infra.Engine.Tests.Support;
using Infra.TestPrograms;

namespace Infra.Engine.Tests.Cli;

public sealed class StateIntegrityTests
{
    private static void Body(LambdaStack stack)
    {
        _ = new FileThing("a", new FileThingArgs { Content = "a" });
        _ = new FileThing("b", new FileThingArgs { Content = "b" });
    }

    [Fact]
    public async Task EditedCheckpoint_FailsChecksum_ExitTwo_NothingOverwritten()
    {
        using var project = new TempProject();
        Assert.Equal(0, (await project.RunAsync(Body, "up", "--stack", "dev", "--yes")).ExitCode);
        var path = project.Path(".infra/stacks/dev/checkpoint.json");
        var edited = File.ReadAllText(path).Replace("\"a\"", "\"z\"", StringComparison.Ordinal);
        File.WriteAllText(path, edited);
        var run = await project.RunAsync(Body, "up", "--stack", "dev", "--yes");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("checkpoint fails its checksum", run.Error);
        Assert.Equal(edited, File.ReadAllText(path));
    }

    [Fact]
    public async Task TruncatedCheckpoint_IsNotTreatedAsEmpty()
    {
        using var project = new TempProject();
        Assert.Equal(0, (await project.RunAsync(Body, "up", "--stack", "dev", "--yes")).ExitCode);
        var path = project.Path(".infra/stacks/dev/checkpoint.json");
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        var run = await project.RunAsync(Body, "preview", "--stack", "dev");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("checkpoint is not valid JSON", run.Error);
        Assert.Contains("infra state restore-backup", run.Error);
    }

    [Fact]
    public async Task CorruptJournalRecord_InTheMiddle_StopsWithOffset_TornTailIsDropped()
    {
        using var project = new TempProject();
        Assert.Equal(0, (await project.RunAsync(Body, "up", "--stack", "dev", "--yes")).ExitCode);
        var journal = project.Path(".infra/stacks/dev/journal.log");
        var header = "00000000 {}\n";
        File.WriteAllText(journal, header + "garbage line\n" + "more\n");
        var corrupt = await project.RunAsync(Body, "preview", "--stack", "dev");
        Assert.Equal(2, corrupt.ExitCode);
        Assert.Contains("journal.log: record at byte offset 0 fails its checksum", corrupt.Error);

        File.WriteAllText(journal, "deadbeef {\"op\":\"hea");
        var torn = await project.RunAsync(Body, "preview", "--stack", "dev");
        Assert.True(torn.ExitCode == 0, torn.ToString());
        Assert.Contains("dropped a torn last record at byte offset 0", torn.Error);
    }

    [Fact]
    public async Task RestoreBackup_BringsBackThePreviousCheckpoint()
    {
        using var project = new TempProject();
        Assert.Equal(0, (await project.RunAsync(Body, "up", "--stack", "dev", "--yes")).ExitCode);
        Assert.Equal(0, (await project.RunAsync(_ => { }, "up", "--stack", "dev", "--yes")).ExitCode);
        Assert.Single(StateReader.Urns(project));
        var run = await project.RunAsync(Body, "state", "restore-backup", "--stack", "dev");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Equal(3, StateReader.Urns(project).Count);
    }

    [Fact]
    public async Task SecretValues_NeverAppearInStateOrOutput()
    {
        using var project = new TempProject();
        const string secret = "s3cr3t-value-for-test";
        var run = await project.RunAsync(s => _ = new FileThing("t", new FileThingArgs { Password = Output.CreateSecret(secret) }), "up", "--stack", "dev", "--yes", "--diff");
        Assert.True(run.ExitCode == 0, run.ToString());
        var json = await project.RunAsync(s => _ = new FileThing("t", new FileThingArgs { Password = Output.CreateSecret(secret) }), "preview", "--stack", "dev", "--json");
        var export = await project.RunAsync(_ => { }, "stack", "export", "--stack", "dev");
        var base64 = Convert.ToBase64String(Encoding.UTF8.GetBytes(secret));
        foreach (var text in new[] { run.Out, run.Error, json.Out, export.Out, File.ReadAllText(project.Path(".infra/stacks/dev/checkpoint.json")) })
        {
            Assert.DoesNotContain(secret, text);
            Assert.DoesNotContain(base64, text);
        }
        var revealed = await project.RunAsync(_ => { }, "stack", "export", "--stack", "dev", "--show-secrets");
        Assert.Contains(secret, revealed.Out);
    }

    [Fact]
    public async Task WrongPassphrase_ExitsTwo_WritesNothing()
    {
        using var project = new TempProject();
        Assert.Equal(0, (await project.RunAsync(s => _ = new FileThing("t", new FileThingArgs { Password = Output.CreateSecret("pw") }), "up", "--stack", "dev", "--yes")).ExitCode);
        var before = File.ReadAllBytes(project.Path(".infra/stacks/dev/checkpoint.json"));
        project.Variables["INFRA_CONFIG_PASSPHRASE"] = "wrong";
        var run = await project.RunAsync(s => _ = new FileThing("t", new FileThingArgs { Password = Output.CreateSecret("pw2") }), "up", "--stack", "dev", "--yes");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("incorrect passphrase", run.Error);
        Assert.Equal(before, File.ReadAllBytes(project.Path(".infra/stacks/dev/checkpoint.json")));
    }
}
