using Infra.Engine.Tests.Support;
using Infra.Testing;

namespace Infra.Engine.Tests.Reports;

public sealed class PlanReportTests
{
    [Fact]
    public async Task PreviewMarkdown_BlockedPlan_MatchesSnapshotOnStandardOutput()
    {
        using var project = await ReportProject.DeployedAsync();
        var run = await project.RunAsync(ReportProject.Version(2), "preview", "--stack", "dev", "--policy-pack", "pack", "--output", "markdown");

        Assert.True(run.ExitCode == 3, run.ToString());
        Assert.Contains("Previewing update", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Previewing update", run.Out, StringComparison.Ordinal);
        Assert.Contains("**Blocked by policy:** 1 mandatory violation(s), 1 warning(s) from 1 pack(s).", run.Out, StringComparison.Ordinal);
        Assert.Contains("+ password: [secret]", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportProject.SecretText, run.Out + run.Error, StringComparison.Ordinal);
        TextSnapshot.Verify(run.Out, "Verified/small-preview.md");
    }

    [Fact]
    public async Task PreviewHtml_ToFile_IsSelfContainedAndMatchesSnapshot()
    {
        using var project = await ReportProject.DeployedAsync();
        var run = await project.RunAsync(ReportProject.Version(2), "preview", "--stack", "dev", "--policy-pack", "pack", "--output", "html", "--output-file", "out/report.html");

        Assert.True(run.ExitCode == 3, run.ToString());
        var html = File.ReadAllText(project.Path("out/report.html"));
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<svg xmlns=\"http://www.w3.org/2000/svg\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportProject.SecretText, html, StringComparison.Ordinal);
        TextSnapshot.Verify(html, "Verified/small-preview.html");
    }

    public static TheoryData<string, string> GraphFormats => new()
    {
        { "dot", "digraph \"testproj/dev\" {" },
        { "mermaid", "flowchart TB" },
        { "svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"" },
    };

    [Theory]
    [MemberData(nameof(GraphFormats))]
    public async Task StackGraph_SavedPlan_MatchesSnapshotAndFreshPreview(string format, string start)
    {
        using var project = await ReportProject.DeployedAsync();
        var preview = await project.RunAsync(ReportProject.Version(2), "preview", "--stack", "dev", "--save-plan", "plan.json");
        Assert.True(preview.ExitCode == 0, preview.ToString());

        // From the plan the standalone tool needs no program; without --plan the program previews afresh.
        var fromPlan = await project.RunCliAsync("stack", "graph", "--plan", "plan.json", "--format", format);
        var fresh = await project.RunAsync(ReportProject.Version(2), "stack", "graph", "--stack", "dev", "--format", format, "--output", "graph.out");

        Assert.True(fromPlan.ExitCode == 0, fromPlan.ToString());
        Assert.True(fresh.ExitCode == 0, fresh.ToString());
        Assert.StartsWith(start, fromPlan.Out, StringComparison.Ordinal);
        Assert.Equal(fromPlan.Out, File.ReadAllText(project.Path("graph.out")));
        Assert.DoesNotContain(ReportProject.SecretText, fromPlan.Out, StringComparison.Ordinal);
        TextSnapshot.Verify(fromPlan.Out, $"Verified/small-graph.{format}");
    }

    [Fact]
    public async Task PolicyCheckMarkdown_SavedPlan_ShowsFindingsWithRemediation()
    {
        using var project = await ReportProject.DeployedAsync();
        var preview = await project.RunAsync(ReportProject.Version(2), "preview", "--stack", "dev", "--save-plan", "plan.json");
        Assert.True(preview.ExitCode == 0, preview.ToString());

        var check = await project.RunCliAsync("policy", "check", "--plan", "plan.json", "--policy-pack", "pack", "--output", "markdown");

        Assert.True(check.ExitCode == 3, check.ToString());
        Assert.StartsWith("## Infra policy check: `testproj/dev`\n\n> [!CAUTION]\n> **Blocked by policy:**", check.Out, StringComparison.Ordinal);
        Assert.Contains("| **blocking** | high | `review-pack/no-forbidden-content` | `fresh` | fresh has forbidden content | Replace the content with something allowed. |", check.Out, StringComparison.Ordinal);
        Assert.Contains("| warning | medium | `review-pack/replacements-reviewed` | `site` | site will be replaced | Check that a new copy of the resource is acceptable. |", check.Out, StringComparison.Ordinal);
    }

    public static TheoryData<string[], string> BadFlags => new()
    {
        { ["preview", "--stack", "dev", "--output", "pdf"], "'pdf'" },
        { ["preview", "--stack", "dev", "--output-file", "x.md"], "--output-file needs --output markdown or --output html." },
        { ["preview", "--stack", "dev", "--json", "--output", "markdown"], "--json and --output markdown would both write to standard output" },
        { ["stack", "graph", "--plan", "missing.json"], "missing.json: plan file not found." },
        { ["stack", "graph", "--plan", "plan.json", "--format", "png"], "'png'" },
        { ["stack", "graph", "--plan", "Pulumi.yaml"], "Pulumi.yaml:1:2: not a valid plan file" },
        { ["policy", "check", "--plan", "plan.json", "--policy-pack", "pack", "--output", "docx"], "'docx'" },
    };

    [Theory]
    [MemberData(nameof(BadFlags))]
    public async Task ReportFlags_BadValues_ExitTwoWithMessage(string[] args, string message)
    {
        using var project = await ReportProject.DeployedAsync();
        var run = await project.RunAsync(ReportProject.Version(2), args);

        Assert.True(run.ExitCode == 2, run.ToString());
        Assert.True(run.Error.Contains(message, StringComparison.Ordinal), run.ToString());
    }
}
