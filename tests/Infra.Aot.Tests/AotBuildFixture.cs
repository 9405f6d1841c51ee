using System.Runtime.InteropServices;
using Xunit;

namespace Infra.Aot.Tests;

/// <summary>
/// The bench stack program published with Native AOT, next to the JIT build of the same program that the test project
/// references. The publish takes minutes on 2 cores: <c>tests/run</c> starts it in the background at low priority while
/// the other suites run and names its folder in <c>INFRA_AOT_PUBLISH</c> (this fixture then waits for its <c>exit</c>
/// file); without the variable the fixture publishes itself.
/// </summary>
public sealed class AotBuildFixture : IAsyncLifetime
{
    /// <summary>The variable naming a folder where a publish runs: <c>publish/</c>, <c>publish.log</c> and, when it ended, <c>exit</c>.</summary>
    public const string Variable = "INFRA_AOT_PUBLISH";

    private readonly string? _given = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given ? given : null;
    private readonly string _directory;

    /// <summary>Uses the publish named by <see cref="Variable"/>, or a new folder.</summary>
    public AotBuildFixture()
    {
        _directory = _given ?? Directory.CreateTempSubdirectory("infra-aot-").FullName;
    }

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
        Publish = _given is null ? await PublishAsync() : await AwaitPublishAsync(_given);
        if (Publish.ExitCode != 0 || !File.Exists(Native))
        {
            throw new InvalidOperationException("the Native AOT publish failed:\n" + Publish);
        }
    }

    private static async Task<ChildRun> AwaitPublishAsync(string directory)
    {
        var exit = Path.Combine(directory, "exit");
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (!File.Exists(exit) || (await File.ReadAllTextAsync(exit)).Trim().Length == 0)
        {
            if (waited.Elapsed > TimeSpan.FromMinutes(40))
            {
                throw new TimeoutException($"the Native AOT publish in {directory} did not end within 40 minutes");
            }
            await Task.Delay(TimeSpan.FromSeconds(2));
        }
        var log = Path.Combine(directory, "publish.log");
        return new ChildRun(int.Parse(await File.ReadAllTextAsync(exit), System.Globalization.CultureInfo.InvariantCulture), File.Exists(log) ? await File.ReadAllTextAsync(log) : "", "");
    }

    private async Task<ChildRun> PublishAsync()
    {
        var project = Path.Combine(Root, "bench", "Infra.Bench.Stack", "Infra.Bench.Stack.csproj");
        // Publishing for a runtime shares its intermediate folder with bench/run's ReadyToRun publish; start clean.
        // The portable identifier, for which the AOT compiler packages exist (a distribution's SDK may report its own).
        var rid = RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "linux-arm64" : "linux-x64";
        var intermediate = Path.Combine(Root, "bench", "Infra.Bench.Stack", "obj", "Release", "net10.0", rid);
        if (Directory.Exists(intermediate))
        {
            Directory.Delete(intermediate, recursive: true);
        }
        return await ChildRun.RunAsync(
            "dotnet",
            ["publish", project, "-c", "Release", "-r", rid, "-p:PublishAot=true", "-p:InfraAotUnoptimized=true", "-o", Path.Combine(_directory, "publish"), "-nologo", "-v", "q", "-clp:NoSummary"],
            Root,
            new Dictionary<string, string>(),
            TimeSpan.FromMinutes(40));
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        if (_given is null)
        {
            Directory.Delete(_directory, recursive: true);
        }
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
