namespace Infra.Compositions.Tests.Rendering;

/// <summary>A throwaway folder of input files, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "infra-compositions-" + Guid.NewGuid().ToString("N"));

    public string Write(string name, string content)
    {
        var file = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, content);
        return file;
    }

    /// <summary>Diagnostics with the folder prefix removed, so tests can assert whole messages.</summary>
    public string Relative(CompositionResult result) =>
        string.Join("\n", result.Diagnostics.Select(d => d.ToString().Replace(Path + System.IO.Path.DirectorySeparatorChar, "", StringComparison.Ordinal)));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
