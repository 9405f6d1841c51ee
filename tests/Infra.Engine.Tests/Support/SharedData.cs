namespace Infra.Engine.Tests.Support;

/// <summary>Finds ../shared next to the repository; tests that need it skip locally and fail in CI when it is absent.</summary>
public static class SharedData
{
    public static string? Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Infra.sln")))
            {
                var shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
                return Directory.Exists(shared) ? shared : null;
            }
        }
        return null;
    }

    public static string Require()
    {
        var root = Root();
        if (root is null && Environment.GetEnvironmentVariable("CI") == "true")
        {
            Assert.Fail("../shared is missing in CI");
        }
        Skip.If(root is null, "../shared (conformance data) is not next to this checkout");
        return root!;
    }
}
