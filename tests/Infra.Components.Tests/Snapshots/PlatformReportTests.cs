using Infra.Components.Tests.Support;
using Infra.Testing;

namespace Infra.Components.Tests.Snapshots;

public sealed class PlatformReportTests(PlatformReportFixture fixture) : IClassFixture<PlatformReportFixture>
{
    [Fact]
    public void PreviewMarkdown_DevStack_MatchesSnapshotUnderTheLimit()
    {
        Assert.True(fixture.Markdown.Length < 65_000, $"{fixture.Markdown.Length} characters");
        Assert.StartsWith("## Infra preview: `platform/dev`\n\n> [!NOTE]\n> **Policies passed:**", fixture.Markdown, StringComparison.Ordinal);
        TextSnapshot.Verify(fixture.Markdown, "Verified/platform-dev-preview.md");
    }

    [Fact]
    public void PreviewHtml_DevStack_MatchesSnapshot()
    {
        Assert.Contains("<h2>Resource graph</h2>", fixture.Html, StringComparison.Ordinal);
        TextSnapshot.Verify(fixture.Html, "Verified/platform-dev-preview.html");
    }

    public static TheoryData<string> GraphFormats => new() { "dot", "mermaid", "svg" };

    [Theory]
    [MemberData(nameof(GraphFormats))]
    public async Task StackGraph_DevPlan_MatchesSnapshot(string format)
    {
        var run = await fixture.Project.RunAsync("stack", "graph", "--plan", "plan.json", "--format", format);

        Assert.True(run.ExitCode == 0, run.ToString());
        TextSnapshot.Verify(run.Out, $"Verified/platform-dev-graph.{format}");
    }

    [SkippableTheory]
    [InlineData("svg")]
    [InlineData("html")]
    public async Task BrowserCheck_DevReport_RendersNonBlank(string kind)
    {
        var browser = HeadlessChromium.Require();
        string file;
        int width, height;
        if (kind == "svg")
        {
            file = fixture.Project.Path("report/graph.svg");
            var run = await fixture.Project.RunAsync("stack", "graph", "--plan", "plan.json", "--format", "svg", "--output", file);
            Assert.True(run.ExitCode == 0, run.ToString());
            var svg = System.Xml.Linq.XDocument.Load(file).Root!;
            (width, height) = ((int)svg.Attribute("width")!, (int)svg.Attribute("height")!);
        }
        else
        {
            file = fixture.Project.Path("report/plan.html");
            (width, height) = (1280, 1600);
        }

        var png = PngPixels.Decode(await HeadlessChromium.ScreenshotAsync(browser, file, width, height));

        Assert.Equal((width, height), (png.Width, png.Height));
        Assert.True(png.DistinctColors() >= 16, $"{png.DistinctColors()} colours");
        Assert.True(png.InkRatio() > 0.02, $"ink ratio {png.InkRatio():0.000}");
        // The fill of a resource to create (#dafbe1) covers a visible area: the nodes (or the summary) were drawn.
        Assert.True(png.Count("#dafbe1") > 2_000, $"{png.Count("#dafbe1")} pixels of the create colour");
    }
}
