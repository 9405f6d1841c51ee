using System.Text.RegularExpressions;
using Infra.Engine.Tests.Support;
using Infra.TestPrograms;

namespace Infra.Engine.Tests.Reports;

public sealed partial class MarkdownLimitTests
{
    [Fact]
    public async Task PreviewMarkdown_HugePlan_StaysUnderLimitWithWholeDiffBlocks()
    {
        using var project = new TempProject();
        const int resources = 300;
        var run = await project.RunAsync(stack =>
        {
            for (var i = 0; i < resources; i++)
            {
                _ = new FileThing($"thing-{i:D3}", new FileThingArgs { Content = new string((char)('a' + (i % 26)), 350), Password = Output.CreateSecret(ReportProject.SecretText) });
            }
        }, "preview", "--stack", "dev", "--output", "markdown");

        Assert.True(run.ExitCode == 0, run.ToString());
        var markdown = run.Out;
        Assert.InRange(markdown.Length, 50_000, 64_999);
        Assert.DoesNotContain(ReportProject.SecretText, markdown, StringComparison.Ordinal);

        // Every block that is there is whole: opened and closed, with its fence closed and every line of its resource.
        var opened = Regex.Matches(markdown, "<details>").Count;
        Assert.Equal(opened, Regex.Matches(markdown, "</details>").Count);
        var blocks = DiffBlock().Matches(markdown);
        Assert.Equal(opened, blocks.Count);
        Assert.All(blocks, b => Assert.Equal(int.Parse(b.Groups["lines"].Value, System.Globalization.CultureInfo.InvariantCulture), b.Groups["body"].Value.Split('\n').Length));

        var note = Regex.Match(markdown, @"the property diffs of (?<omitted>\d+) resource\(s\) \(\d+ create\) are not shown");
        Assert.True(note.Success, markdown[^600..]);
        Assert.Equal(resources, opened + int.Parse(note.Groups["omitted"].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.EndsWith("The HTML report (`--output html`) and the saved plan hold everything.\n", markdown, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"<details><summary>.*?\((?:create), (?<lines>\d+) line\(s\)\)</summary>\n\n```diff\n(?<body>.*?)\n```\n\n</details>", RegexOptions.Singleline)]
    private static partial Regex DiffBlock();
}
