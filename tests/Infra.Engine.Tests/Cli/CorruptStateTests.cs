using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Infra.Engine.Tests.Support;
using Infra.TestPrograms;

namespace Infra.Engine.Tests.Cli;

/// <summary>
/// State that is corrupt, from elsewhere or edited by hand: each case is detected with exit 2 and a message naming
/// the file (and offset or resource), and nothing is overwritten.
/// </summary>
public sealed class CorruptStateTests
{
    private const string Checkpoint = ".infra/stacks/dev/checkpoint.json";
    private const string Journal = ".infra/stacks/dev/journal.log";

    private static void Body(LambdaStack stack)
    {
        var a = new FileThing("a", new FileThingArgs { Content = "a" });
        _ = new FileThing("b", new FileThingArgs { Content = a.Content });
        _ = new FileThing("c", new FileThingArgs { Content = "c" });
    }

    private static async Task<TempProject> DeployedAsync()
    {
        var project = new TempProject();
        var up = await project.RunAsync(Body, "up", "--stack", "dev", "--yes");
        Assert.True(up.ExitCode == 0, up.ToString());
        return project;
    }

    /// <summary>Rewrites the checkpoint's state the way a careful hand-editor would: valid JSON, checksum recomputed.</summary>
    private static void EditCheckpoint(TempProject project, Action<JsonObject> edit)
    {
        var document = JsonNode.Parse(File.ReadAllText(project.Path(Checkpoint)))!.AsObject();
        var state = document["state"]!.AsObject();
        edit(state);
        var body = state.ToJsonString();
        var sum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
        File.WriteAllText(project.Path(Checkpoint), $"{{\"version\":{document["version"]!.ToJsonString()},\"sha256\":\"{sum}\",\"state\":{body}}}");
    }

    private static async Task AssertRefusedUnchangedAsync(TempProject project, string expected)
    {
        var before = File.ReadAllBytes(project.Path(Checkpoint));
        foreach (var verb in new[] { "preview", "up" })
        {
            var run = verb == "up" ? await project.RunAsync(Body, "up", "--stack", "dev", "--yes") : await project.RunAsync(Body, "preview", "--stack", "dev");
            Assert.True(run.ExitCode == 2, $"{verb}: {run}");
            Assert.Contains(expected, run.Error);
            Assert.Contains("checkpoint.json", run.Error);
            // `up` runs the program while the checkpoint is decoded: the bad state is reported once, not per resource.
            Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(run.Out + run.Error, System.Text.RegularExpressions.Regex.Escape(expected)));
            Assert.DoesNotContain("could not be read", run.Out + run.Error);
        }
        Assert.Equal(before, File.ReadAllBytes(project.Path(Checkpoint)));
    }

    [Fact]
    public async Task Checkpoint_NewerFormatVersion_ExitsTwoNothingOverwritten()
    {
        using var project = await DeployedAsync();
        var text = File.ReadAllText(project.Path(Checkpoint));
        Assert.StartsWith("{\"version\":1,", text, StringComparison.Ordinal);
        File.WriteAllText(project.Path(Checkpoint), "{\"version\":99," + text["{\"version\":1,".Length..]);
        await AssertRefusedUnchangedAsync(project, "checkpoint format version 99 is newer than this Infra understands");
    }

    [Fact]
    public async Task Checkpoint_HandEditedDuplicateUrn_ExitsTwoNamingTheResource()
    {
        using var project = await DeployedAsync();
        EditCheckpoint(project, state =>
        {
            var resources = state["resources"]!.AsArray();
            resources.Add(resources.Single(r => r!["urn"]!.GetValue<string>().EndsWith("::a", StringComparison.Ordinal))!.DeepClone());
        });
        await AssertRefusedUnchangedAsync(project, "resource urn:pulumi:dev::testproj::files:index:Thing::a appears more than once");
    }

    [Fact]
    public async Task Checkpoint_HandEditedDanglingDependency_ExitsTwoNamingBoth()
    {
        using var project = await DeployedAsync();
        EditCheckpoint(project, state => state["resources"]!.AsArray()
            .Single(r => r!["urn"]!.GetValue<string>().EndsWith("::c", StringComparison.Ordinal))!["dependencies"] = new JsonArray("urn:pulumi:dev::testproj::files:index:Thing::gone"));
        await AssertRefusedUnchangedAsync(project, "resource urn:pulumi:dev::testproj::files:index:Thing::c depends on urn:pulumi:dev::testproj::files:index:Thing::gone, which is not in the state");
    }

    [Fact]
    public async Task Checkpoint_InvalidUtf8_ExitsTwoWithOffset()
    {
        using var project = await DeployedAsync();
        var bytes = File.ReadAllBytes(project.Path(Checkpoint));
        var at = Encoding.UTF8.GetString(bytes).IndexOf("\"a\"", StringComparison.Ordinal) + 1;
        bytes[at] = 0xFF;
        File.WriteAllBytes(project.Path(Checkpoint), bytes);
        await AssertRefusedUnchangedAsync(project, $"checkpoint is not valid UTF-8 at byte offset {at}");
    }

    [Fact]
    public async Task Import_ExportFromAnotherProject_ExitsTwo()
    {
        using var source = await DeployedAsync();
        Assert.Equal(0, (await source.RunCliAsync("stack", "export", "--stack", "dev", "--file", "export.json")).ExitCode);
        using var other = new TempProject("name: otherproj\nruntime: dotnet\n");
        var run = await other.RunCliAsync("stack", "import", "--stack", "dev", "--file", source.Path("export.json"), "--force");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("export.json: export is from project 'testproj', not 'otherproj'", run.Error);
        Assert.False(File.Exists(other.Path(Checkpoint)));
    }

    [Fact]
    public async Task Import_LineageMismatch_ExitsTwoNothingOverwritten()
    {
        using var target = await DeployedAsync();
        using var elsewhere = await DeployedAsync();
        Assert.Equal(0, (await elsewhere.RunCliAsync("stack", "export", "--stack", "dev", "--file", "export.json")).ExitCode);
        var before = File.ReadAllBytes(target.Path(Checkpoint));
        var run = await target.RunCliAsync("stack", "import", "--stack", "dev", "--file", elsewhere.Path("export.json"));
        Assert.Equal(2, run.ExitCode);
        Assert.Matches(@"export\.json: export has lineage \w+ but stack 'dev' has \w+ with 4 resources; pass --force to replace it", run.Error);
        Assert.Equal(before, File.ReadAllBytes(target.Path(Checkpoint)));
    }

    [Fact]
    public async Task Import_DanglingDependency_ExitsTwo()
    {
        using var project = await DeployedAsync();
        Assert.Equal(0, (await project.RunCliAsync("stack", "export", "--stack", "dev", "--file", "export.json")).ExitCode);
        var export = JsonNode.Parse(File.ReadAllText(project.Path("export.json")))!;
        var resources = export["resources"]!.AsArray();
        resources.Remove(resources.Single(r => r!["urn"]!.GetValue<string>().EndsWith("::a", StringComparison.Ordinal))); // b depends on a
        File.WriteAllText(project.Path("export.json"), export.ToJsonString());
        var before = File.ReadAllBytes(project.Path(Checkpoint));
        var run = await project.RunCliAsync("stack", "import", "--stack", "dev", "--file", "export.json", "--force");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("depends on urn:pulumi:dev::testproj::files:index:Thing::a, which is not in the state", run.Error);
        Assert.Equal(before, File.ReadAllBytes(project.Path(Checkpoint)));
    }

    /// <summary>A real journal: an up that crashed (throw mode) after its fourth record, leaving header + 4 records.</summary>
    private static async Task<(TempProject Project, long[] Offsets)> CrashedWithJournalAsync()
    {
        var project = new TempProject();
        project.Variables["INFRA_CRASH_AT"] = "after:4";
        project.Variables["INFRA_CRASH_MODE"] = "throw";
        var crashed = await project.RunAsync(Body, "up", "--stack", "dev", "--yes");
        Assert.Contains("crash injected", crashed.Error);
        project.Variables.Remove("INFRA_CRASH_AT");
        var bytes = File.ReadAllBytes(project.Path(Journal));
        var offsets = new List<long> { 0 };
        for (var i = 0; i < bytes.Length - 1; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                offsets.Add(i + 1);
            }
        }
        Assert.True(offsets.Count >= 5, $"expected a header and 4 records, got {offsets.Count} lines");
        return (project, offsets.ToArray());
    }

    [Fact]
    public async Task Journal_ChecksumFailureMidJournal_ExitsTwoNamingFileAndOffset()
    {
        var (project, offsets) = await CrashedWithJournalAsync();
        using (project)
        {
            var bytes = File.ReadAllBytes(project.Path(Journal));
            var second = offsets[2];
            bytes[second + 20] ^= 0x01; // a flipped bit inside the second record's JSON
            File.WriteAllBytes(project.Path(Journal), bytes);
            var run = await project.RunAsync(Body, "up", "--stack", "dev", "--yes");
            Assert.Equal(2, run.ExitCode);
            Assert.Contains($"journal.log: record at byte offset {second} fails its checksum", run.Error);
            Assert.Equal(bytes, File.ReadAllBytes(project.Path(Journal)));
        }
    }

    [Fact]
    public async Task Journal_TornTail_DroppedReportedAndNextUpConverges()
    {
        var (project, offsets) = await CrashedWithJournalAsync();
        using (project)
        {
            var bytes = File.ReadAllBytes(project.Path(Journal));
            var last = offsets[^1];
            File.WriteAllBytes(project.Path(Journal), bytes[..(int)(last + (bytes.Length - last) / 2)]);
            var run = await project.RunAsync(Body, "up", "--stack", "dev", "--yes");
            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains($"dropped a torn last record at byte offset {last}", run.Error);
            Assert.Equal(project.WorldFiles(), StateReader.CustomIds(project));
            Assert.Equal(3, project.WorldFiles().Count);
        }
    }
}
