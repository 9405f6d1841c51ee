using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Infra.Cli.Templates;

/// <summary>
/// The <c>platform</c> template: the repository's platform program (stacks/Platform), its config schema (Pulumi.yaml),
/// dev stack and policy packs, as embedded when Infra.Cli was built, rewritten into one standalone project folder:
/// project references become package references, the <c>Platform</c> namespace and <c>platform:</c> config keys take
/// the project's name, and the dev stack's passphrase salt is dropped so the first run writes the user's own.
/// </summary>
internal static partial class PlatformTemplate
{
    private const string Root = "templates/platform/";
    private const string ProgramPrefix = Root + "program/";
    private const string SourceNamespace = "Platform";
    private const string SourceProject = "platform";

    public static IReadOnlyDictionary<string, string> Files(TemplateRequest request)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (path, text) in TemplateResources.Under(ProgramPrefix))
        {
            if (path.EndsWith(".csproj", StringComparison.Ordinal))
            {
                files[request.Project + ".csproj"] = ProjectFile(text, request);
            }
            else
            {
                files[path] = path.EndsWith(".cs", StringComparison.Ordinal) ? RenameNamespace(text, request.Identifier) : text;
            }
        }
        foreach (var (path, text) in TemplateResources.Under(Root + "policies/"))
        {
            files["policies/" + path] = text;
        }
        files["Pulumi.yaml"] = ProjectYaml(TemplateResources.Read(Root + "Pulumi.yaml"), request.Project);
        files["Pulumi.dev.yaml"] = StackYaml(TemplateResources.Read(Root + "Pulumi.dev.yaml"), request.Project);
        files[".gitignore"] = "bin/\nobj/\n.infra/\nout/\n.packages/\n";
        return files;
    }

    /// <summary>The program's csproj on packages: ProjectReference X.csproj becomes PackageReference X, test-only items go.</summary>
    internal static string ProjectFile(string csproj, TemplateRequest request)
    {
        var document = XDocument.Parse(csproj);
        var project = document.Root!;
        foreach (var reference in project.Descendants("ProjectReference").ToList())
        {
            var package = Path.GetFileNameWithoutExtension(((string)reference.Attribute("Include")!).Replace('\\', '/'));
            reference.ReplaceWith(new XElement("PackageReference", new XAttribute("Include", package), new XAttribute("Version", request.InfraVersion)));
        }
        project.Descendants("InternalsVisibleTo").Remove();
        project.Descendants("ItemGroup").Where(g => !g.HasElements).Remove();
        var properties = project.Element("PropertyGroup") ?? new XElement("PropertyGroup");
        if (properties.Parent is null)
        {
            project.AddFirst(properties);
        }
        properties.Element("RootNamespace")?.SetValue(request.Identifier);
        // The repository sets these in Directory.Build.props; a standalone project states them.
        properties.AddFirst(new XElement("TargetFramework", "net10.0"), new XElement("Nullable", "enable"), new XElement("ImplicitUsings", "enable"));
        foreach (var (name, value) in StartupProperties.Program)
        {
            if (properties.Element(name) is null)
            {
                properties.Add(new XElement(name, value));
            }
        }
        return document.ToString() + "\n";
    }

    /// <summary>Pulumi.yaml without the repository layout: the project's name, no <c>main</c> or <c>stackConfigDir</c>.</summary>
    internal static string ProjectYaml(string yaml, string project)
    {
        var text = TopLevelKey("name").Replace(yaml, $"name: {project}\n", 1);
        text = TopLevelKey("main").Replace(text, string.Empty);
        text = TopLevelKey("stackConfigDir").Replace(text, string.Empty);
        return BlankLines().Replace(text, "\n");
    }

    /// <summary>The dev stack file with the project's config namespace; the salt goes unless secure values need it.</summary>
    internal static string StackYaml(string yaml, string project)
    {
        var text = ConfigKey().Replace(yaml, $"$1{project}:");
        return text.Contains("secure:", StringComparison.Ordinal) ? text : TopLevelKey("encryptionsalt").Replace(text, string.Empty).TrimStart('\n');
    }

    internal static string RenameNamespace(string source, string identifier) => identifier == SourceNamespace
        ? source
        : QualifiedName().Replace(NamespaceDeclaration().Replace(source, m => m.Groups[1].Value + identifier), m => m.Groups[1].Value + identifier);

    private static Regex TopLevelKey(string key) => new($"(?m)^{key}:[^\\n]*(\\n|$)", RegexOptions.CultureInvariant);

    [GeneratedRegex("\\n{3,}")]
    private static partial Regex BlankLines();

    [GeneratedRegex("(?m)^(\\s+)" + SourceProject + ":")]
    private static partial Regex ConfigKey();

    // `namespace Platform…`, `using Platform…`, `global using Platform…`, `using static Platform.…`.
    [GeneratedRegex("(?m)(^\\s*(?:global\\s+)?(?:namespace|using(?:\\s+static)?)\\s+)" + SourceNamespace + "(?=[.;\\s])")]
    private static partial Regex NamespaceDeclaration();

    // Qualified names in code: `Platform.Settings.PlatformSettings`, `global::Platform.X`.
    [GeneratedRegex("([\\s(<,\\[!=]|global::)" + SourceNamespace + "(?=\\.[A-Z])")]
    private static partial Regex QualifiedName();
}
