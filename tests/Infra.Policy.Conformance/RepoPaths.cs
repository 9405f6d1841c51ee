namespace Infra.Policy.Conformance.Tests;

/// <summary>Locates the repository root (the folder holding Infra.sln) and the shared OPA cases next to it.</summary>
internal static class RepoPaths
{
    public static string? RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Infra.sln"))) dir = dir.Parent;
        return dir?.FullName;
    }

    public static string? CasesDir()
    {
        var root = RepoRoot();
        if (root is null) return null;
        var cases = Path.GetFullPath(Path.Combine(root, "..", "shared", "conformance", "opa", "cases"));
        return Directory.Exists(cases) ? cases : null;
    }

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
