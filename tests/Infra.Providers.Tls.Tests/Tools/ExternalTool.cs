using System.Diagnostics;

namespace Infra.Providers.Tls.Tests.Tools;

/// <summary>Runs an independent command-line verifier (openssl, ssh-keygen) when the machine has it.</summary>
internal static class ExternalTool
{
    internal static bool Exists(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Any(dir => File.Exists(Path.Combine(dir, name)));

    internal static (int ExitCode, string Output) Run(string name, params string[] arguments)
    {
        var start = new ProcessStartInfo(name) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(30_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{name} did not finish in 30 s");
        }

        return (process.ExitCode, output.Result + error.Result);
    }
}
