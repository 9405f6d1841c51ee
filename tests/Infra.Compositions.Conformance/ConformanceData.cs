namespace Infra.Compositions.Conformance.Tests;

/// <summary>Locates the shared conformance data (read in place) and the checked-in known-failures list.</summary>
internal static class ConformanceData
{
    public static string? RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Infra.sln"))) return dir.FullName;
        }
        return null;
    }

    /// <summary>The patch-and-transform folder, or null when the shared data is not checked out.</summary>
    public static string? Folder()
    {
        var root = RepoRoot();
        if (root is null) return null;
        var folder = Path.GetFullPath(Path.Combine(root, "..", "shared", "conformance", "patch-and-transform"));
        return Directory.Exists(folder) ? folder : null;
    }

    /// <summary>Skips when the data is absent, except in CI where its absence is a failure.</summary>
    public static string RequireFolder()
    {
        var folder = Folder();
        if (folder is null && Environment.GetEnvironmentVariable("CI") == "true")
            throw new InvalidOperationException("conformance data ../shared/conformance/patch-and-transform is missing in CI");
        Skip.If(folder is null, "conformance data ../shared/conformance/patch-and-transform is not checked out");
        return folder!;
    }

    /// <summary>Case ids with the reason they are expected to fail (known-failures.txt: <c>id | reason</c>).</summary>
    public static IReadOnlyDictionary<string, string> KnownFailures()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "known-failures.txt");
        return File.ReadAllLines(file)
            .Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'))
            .Select(l => l.Split('|', 2))
            .ToDictionary(p => p[0].Trim(), p => p.Length > 1 ? p[1].Trim() : "", StringComparer.Ordinal);
    }
}
