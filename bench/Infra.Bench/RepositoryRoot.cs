namespace Infra.Bench;

/// <summary>Finds the repository root: the nearest folder above a start folder that holds Infra.sln.</summary>
public static class RepositoryRoot
{
    public static string Find(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Infra.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException($"no folder above {start} contains Infra.sln");
    }
}
