using Xunit;
using System.Runtime.InteropServices;

namespace Infra.Aot.Tests;

/// <summary>
/// Publishes the bench stack program with Native AOT once for the test class (several minutes on 2 cores), next to the
/// JIT build of the same program that the test project references.
/// </summary>
public sealed class AotBuildFixture : IAsyncLifetime
{
    private readonly string _directory = Directory.CreateTempSubdirectory("infra-aot-").FullName;

    /// <summary>The repository root.</summary>
    public string Root { get; } = FindRoot(AppContext.BaseDirectory);

    /// <summary>The Native AOT executable.</summary>
    public string Native => Path.Combine(_directory, "publish", "Infra.Bench.Stack");

    /// <summary>The JIT build (run with <c>dotnet</c>).</summary>
    public string Jit { get; } = Path.Combine(AppContext.BaseDirectory, "Infra.Bench.Stack.dll");

    /// <summary>What <c>dotnet publish</c> printed.</summary>
    public ChildRun Publish { get; private set; } = new(-1, "", "");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var project = Path.Combine(Root, "bench", "Infra.Bench.Stack", "Infra.Bench.Stack.csproj");
        // Publishing for a runtime shares its intermediate folder with bench/run's ReadyToRun publish; start clean.
        var rid = RuntimeInformation.RuntimeIdentifier;
        var intermediate = Path.Combine(Root, "bench", "Infra.Bench.Stack", "obj", "Release", "net10.0", rid);
        if (Directory.Exists(intermediate))
        {
            Directory.Delete(intermediate, recursive: true);
        }
        Publish = await ChildRun.RunAsync(
            "dotnet",
            ["publish", project, "-c", "Release", "-r", rid, "-p:PublishAot=true", "-o", Path.Combine(_directory, "publish"), "-nologo", "-v", "q", "-clp:NoSummary"],
            Root,
            new Dictionary<string, string>(),
            TimeSpan.FromMinutes(30));
        if (Publish.ExitCode != 0 || !File.Exists(Native))
        {
            throw new InvalidOperationException("the Native AOT publish failed:\n" + Publish);
        }
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        Directory.Delete(_directory, recursive: true);
        return Task.CompletedTask;
    }

    private static string FindRoot(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Infra.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException($"no Infra.sln above {start}");
    }
}
