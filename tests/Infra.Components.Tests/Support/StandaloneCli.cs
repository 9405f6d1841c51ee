using Infra.Cli;
using Infra.Engine.Workspaces;

namespace Infra.Components.Tests.Support;

/// <summary>Runs the CLI in-process the way the standalone <c>infra</c> tool does (no stack program).</summary>
internal static class StandaloneCli
{
    public static async Task<CliRun> RunAsync(string directory, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var environment = new WorkspaceEnvironment(new Dictionary<string, string?>(StringComparer.Ordinal), TimeProvider.System);
        var context = new CliContext(output, error, new StringReader(""), directory, environment, false, null, []);
        var code = await InfraCli.RunAsync(args, context, CancellationToken.None);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
