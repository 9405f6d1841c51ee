namespace Infra.Components.Ci.Tests.Support;

/// <summary>Finds the repository root (the folder holding Infra.sln) and the shared CRD schemas next to it.</summary>
internal static class RepositoryRoot
{
    internal static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Infra.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Infra.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The upstream CRD folder, read in place (never copied into the repository).</summary>
    internal static string CrdDirectory => Path.GetFullPath(Path.Combine(Find(), "..", "shared", "schemas", "crds"));

    /// <summary>Skips when the schemas are absent, except under CI=true where their absence is a failure.</summary>
    internal static void RequireCrds()
    {
        var present = Directory.Exists(CrdDirectory);
        if (!present && string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"CI=true but the CRD schemas are missing at {CrdDirectory}");
        }
        Skip.IfNot(present, $"CRD schemas not found at {CrdDirectory}");
    }
}
