using Infra.Cli;
using Infra.Engine.Operations;
using Infra.Engine.Workspaces;
using Platform;

namespace Infra.Components.Tests.Support;

/// <summary>A copy of the platform project (Pulumi.yaml and the dev stack file) in temp, with the CLI run in-process.</summary>
internal sealed class PlatformProject : IDisposable
{
    public PlatformProject()
    {
        Directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "infra-platform-" + Guid.NewGuid().ToString("N")[..10]);
        System.IO.Directory.CreateDirectory(System.IO.Path.Combine(Directory, "stacks"));
        File.Copy(System.IO.Path.Combine(RepositoryRoot.Path, "Pulumi.yaml"), Path("Pulumi.yaml"));
        File.Copy(System.IO.Path.Combine(RepositoryRoot.Path, "stacks", "Pulumi.dev.yaml"), Path("stacks/Pulumi.dev.yaml"));
        // Pulumi.yaml applies the repository's policy packs to every preview and up: bring them along.
        var policies = System.IO.Path.Combine(RepositoryRoot.Path, "policies");
        foreach (var file in System.IO.Directory.GetFiles(policies, "*", SearchOption.AllDirectories))
        {
            var target = Path(System.IO.Path.Combine("policies", System.IO.Path.GetRelativePath(policies, file)));
            System.IO.Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public string Directory { get; }

    public string Path(string relative) => System.IO.Path.Combine(Directory, relative);

    /// <summary>Replaces one line of the dev stack file (a config value change).</summary>
    public void SetDevConfig(string key, string value)
    {
        var file = Path("stacks/Pulumi.dev.yaml");
        var lines = File.ReadAllLines(file).Where(l => !l.TrimStart().StartsWith(key + ":", StringComparison.Ordinal)).ToList();
        lines.Add($"  {key}: {value}");
        File.WriteAllLines(file, lines);
    }

    public async Task<CliRun> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var variables = new Dictionary<string, string?>(StringComparer.Ordinal) { ["INFRA_CONFIG_PASSPHRASE"] = "dev" };
        var context = new CliContext(output, error, new StringReader(""), Directory, new WorkspaceEnvironment(variables, TimeProvider.System), false,
            new StackProgram(() => new PlatformStack(), typeof(PlatformStack).Assembly), []);
        var code = await InfraCli.RunAsync(args, context, CancellationToken.None);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

/// <summary>The outcome of one CLI run.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>The step lines of the progress view (<c>+</c>, <c>~</c>, <c>+-</c>, <c>-</c>) without timings.</summary>
    public IReadOnlyList<string> Steps =>
        Out.Split('\n').Select(l => l.Trim()).Where(l => l.Contains(':', StringComparison.Ordinal) && (l.StartsWith("~ ", StringComparison.Ordinal)
            || l.StartsWith("+- ", StringComparison.Ordinal) || l.StartsWith("- ", StringComparison.Ordinal) || l.StartsWith("+ ", StringComparison.Ordinal)))
        .Select(l => string.Join(' ', l.Split(' ', StringSplitOptions.RemoveEmptyEntries))).ToList();

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Out}\n--- stderr\n{Error}";
}
