using Infra.Components.Tests.Support;

namespace Infra.Components.Tests.Snapshots;

/// <summary>One dev-stack preview of the platform, saved as a plan and rendered as Markdown and HTML, shared by the report tests.</summary>
public sealed class PlatformReportFixture : IAsyncLifetime
{
    private readonly PlatformProject _project = new();

    internal PlatformProject Project => _project;

    public string Markdown { get; private set; } = "";

    public string Html { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var markdown = await _project.RunAsync("preview", "--stack", "dev", "--save-plan", "plan.json", "--output", "markdown");
        Assert.True(markdown.ExitCode == 0, markdown.ToString());
        Markdown = markdown.Out;
        var html = await _project.RunAsync("preview", "--stack", "dev", "--output", "html", "--output-file", "report/plan.html");
        Assert.True(html.ExitCode == 0, html.ToString());
        Html = File.ReadAllText(_project.Path("report/plan.html"));
    }

    public Task DisposeAsync()
    {
        _project.Dispose();
        return Task.CompletedTask;
    }
}
