namespace Infra.Components.Tests.Support;

/// <summary>Finds the repository root (the folder holding Infra.sln) from the test's output folder.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Infra.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Infra.sln not found above " + AppContext.BaseDirectory);
    }
}
