using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Infra.Components.Tests.Support;

namespace Infra.Components.Tests.Cli;

/// <summary>
/// Runs the shell steps of examples/ci/*.yml in order against the dev stack in a temp copy of the project, so the
/// examples cannot drift from the CLI. Substitutions: $INFRA is the platform program this test project already built
/// (the examples build it with `dotnet build` and run it with `dotnet run --no-build`); the posting step writes the
/// comment to a file; steps that only work on the forge (fetching the reviewed plan from the pull request's run) are
/// skipped because both jobs share one folder here.
/// </summary>
public sealed class CiExampleTests
{
    public static TheoryData<string> Examples => new() { "github-actions.yml", "gitlab-ci.yml" };

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Example_RunLocally_PostsTheSummaryAndAppliesThePlan(string file)
    {
        var workflow = CiWorkflow.Load(Path.Combine(RepositoryRoot.Path, "examples", "ci", file));
        var scripts = workflow.Steps.Select(s => s.Script).ToList();
        Assert.Single(workflow.Steps, s => s.Has(CiStep.PostComment));
        AssertInOrder(scripts, "preview --stack \"$INFRA_STACK\" --save-plan plan.json", "--output sarif", "--output markdown", CiStep.PostComment, "up --stack \"$INFRA_STACK\" --plan plan.json");

        using var project = new PlatformProject();
        var posted = project.Path("posted-comment.md");
        var variables = new Dictionary<string, string>(workflow.Variables, StringComparer.Ordinal)
        {
            ["INFRA"] = $"dotnet {Path.Combine(AppContext.BaseDirectory, "Platform.dll")}",
            ["INFRA_CONFIG_PASSPHRASE"] = "dev",
        };
        var lastOutput = "";
        foreach (var step in workflow.Steps)
        {
            if (step.Has(CiStep.ForgeOnly) || step.Has(CiStep.Build))
            {
                continue;
            }
            var script = step.Has(CiStep.PostComment) ? $"cp \"$INFRA_COMMENT\" '{posted}'" : step.Script;
            lastOutput = await RunStepAsync(project.Directory, step, script, variables);
        }

        var comment = File.ReadAllText(posted);
        Assert.StartsWith("## Infra policy check: `platform/dev`", comment, StringComparison.Ordinal);
        Assert.Contains("> **Policies passed:** 0 mandatory violation(s)", comment, StringComparison.Ordinal);
        Assert.Matches(new Regex(@"\| `\+` \| to create \| \d+ \|"), comment);
        Assert.Matches(new Regex(@"<details><summary><code>\+</code> <b>[a-z0-9-]+</b> <code>kubernetes:"), comment);
        Assert.True(comment.Length < 65_000, $"{comment.Length} characters");
        using (var sarif = JsonDocument.Parse(File.ReadAllText(project.Path("policy.sarif"))))
        {
            Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        }
        Assert.Contains("<svg", File.ReadAllText(project.Path("plan.html")), StringComparison.Ordinal);

        // The apply job ran `up --plan`: everything the plan created exists.
        Assert.Matches(new Regex(@"\+ \d+ created"), lastOutput);
        Assert.True(File.Exists(project.Path(".infra/stacks/dev/checkpoint.json")), lastOutput);
        Assert.True(File.Exists(project.Path("out/dev/kustomization.yaml")), lastOutput);
    }

    private static void AssertInOrder(List<string> scripts, params string[] fragments)
    {
        var at = -1;
        foreach (var fragment in fragments)
        {
            var next = scripts.FindIndex(at + 1, s => s.Contains(fragment, StringComparison.Ordinal));
            Assert.True(next > at, $"no step with `{fragment}` after step {at}:\n{string.Join("\n---\n", scripts)}");
            at = next;
        }
    }

    /// <summary>Runs one step like the forges do: bash with -e and pipefail, in the project folder; returns its output.</summary>
    private static async Task<string> RunStepAsync(string directory, CiStep step, string script, Dictionary<string, string> variables)
    {
        var start = new ProcessStartInfo("bash")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "--noprofile", "--norc", "-eo", "pipefail", "-c", script })
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var (name, value) in variables)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        var text = await output + await error;
        Assert.True(process.ExitCode == 0, $"job {step.Job}: the step exited {process.ExitCode}:\n{step.Script}\n--- output\n{text}");
        return text;
    }
}
