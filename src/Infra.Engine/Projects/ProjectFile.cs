namespace Infra.Engine.Projects;

/// <summary>The contents of Pulumi.yaml that Infra uses.</summary>
/// <param name="Path">The file's full path.</param>
/// <param name="Name">The project name.</param>
/// <param name="Runtime">The runtime (Infra accepts <c>dotnet</c>).</param>
/// <param name="Description">The description, if any.</param>
/// <param name="Main">The folder (relative to the project) holding the program; null means the project folder.</param>
/// <param name="StackConfigDir">The folder holding <c>Pulumi.&lt;stack&gt;.yaml</c> files, relative to the project.</param>
/// <param name="BackendUrl">The state backend URL; null means the file backend under <c>.infra/</c>.</param>
/// <param name="Config">The declared configuration keys.</param>
/// <param name="PolicyPacks">Policy pack folders applied to every preview and update.</param>
public sealed record ProjectFile(
    string Path,
    string Name,
    string Runtime,
    string? Description,
    string? Main,
    string StackConfigDir,
    string? BackendUrl,
    IReadOnlyDictionary<string, ConfigSchemaEntry> Config,
    IReadOnlyList<string> PolicyPacks)
{
    /// <summary>The folder holding Pulumi.yaml.</summary>
    public string Directory => System.IO.Path.GetDirectoryName(Path)!;

    /// <summary>The path of a stack's config file.</summary>
    public string StackConfigPath(string stack) =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine(Directory, StackConfigDir, $"Pulumi.{stack}.yaml"));
}
