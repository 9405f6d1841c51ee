using System.Xml.Linq;

namespace Infra.Components.Tests.Support;

/// <summary>
/// A temporary NuGet feed with the Infra packages generated projects need (Infra.Cli, Infra.Testing, the Kubernetes
/// provider and every project the platform program references, with their project references), packed once per test
/// collection from the already-built output in one MSBuild run. Third-party packages come from the local NuGet cache,
/// so restores run offline.
/// </summary>
public sealed class LocalInfraFeed : IAsyncLifetime
{
#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static readonly string[] Roots =
    [
        "src/Infra.Cli/Infra.Cli.csproj", "src/Infra.Testing/Infra.Testing.csproj", "src/Infra.Providers.Kubernetes/Infra.Providers.Kubernetes.csproj",
        "src/Infra.Providers.Random/Infra.Providers.Random.csproj", "stacks/Platform/Platform.csproj",
    ];

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "infra-feed-" + Guid.NewGuid().ToString("N")[..10]);

    public string Feed => Path.Combine(Root, "feed");

    /// <summary>The machine's NuGet cache, used as a second (offline) source for third-party packages.</summary>
    public static string Cache { get; } = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    /// <summary>Why the tests cannot run here, or null. Outside CI they skip without a NuGet cache; in CI they fail.</summary>
    public static string? SkipReason => !Directory.Exists(Path.Combine(Cache, "kubernetesclient")) && Environment.GetEnvironmentVariable("CI") != "true"
        ? "no local NuGet cache with the third-party packages; the template tests restore offline"
        : null;

    public IReadOnlyList<string> Packed { get; private set; } = [];

    public async Task InitializeAsync()
    {
        if (SkipReason is not null)
        {
            return;
        }
        Directory.CreateDirectory(Root);
        var projects = Closure(Roots.Select(r => Path.Combine(RepositoryRoot.Path, r))).Where(IsPackable).ToList();
        var items = string.Join('\n', projects.Select(p => $"    <ToPack Include=\"{p}\" />"));
        var packProject = Path.Combine(Root, "pack.proj");
        await File.WriteAllTextAsync(packProject, $"""
            <Project>
              <ItemGroup>
            {items}
              </ItemGroup>
              <Target Name="Pack">
                <MSBuild Projects="@(ToPack)" Targets="Pack" Properties="NoBuild=true;Configuration={Configuration};PackageOutputPath={Feed}" />
              </Target>
            </Project>
            """);
        await ProcessRunner.RunOkAsync("dotnet", ["msbuild", packProject, "-t:Pack", "-nologo", "-v:q"], Root);
        Packed = [.. Directory.GetFiles(Feed, "*.nupkg").Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
        Assert.Equal(projects.Count, Packed.Count);
    }

    public Task DisposeAsync()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
        catch (IOException)
        {
        }
        return Task.CompletedTask;
    }

    private static IEnumerable<string> Closure(IEnumerable<string> roots)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(roots.Select(Path.GetFullPath));
        while (pending.Count > 0)
        {
            var project = pending.Pop();
            if (!seen.Add(project))
            {
                continue;
            }
            foreach (var reference in XDocument.Load(project).Descendants("ProjectReference"))
            {
                pending.Push(Path.GetFullPath(Path.Combine(Path.GetDirectoryName(project)!, ((string)reference.Attribute("Include")!).Replace('\\', '/'))));
            }
        }
        return seen.Order(StringComparer.Ordinal);
    }

    private static bool IsPackable(string project) =>
        !string.Equals((string?)XDocument.Load(project).Descendants("IsPackable").FirstOrDefault(), "false", StringComparison.OrdinalIgnoreCase);
}
