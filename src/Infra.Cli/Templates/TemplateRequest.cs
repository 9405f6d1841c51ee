using System.Reflection;

namespace Infra.Cli.Templates;

/// <summary>What <c>infra new</c> was asked for: the project name, the Infra package version and the package sources.</summary>
/// <param name="Project">The project name (letters, digits, '-', '_' and '.'; starts with a letter).</param>
/// <param name="InfraVersion">The version of the Infra packages the generated projects reference.</param>
/// <param name="Feeds">Package sources for nuget.config (absolute folders or URLs); empty writes no nuget.config.</param>
internal sealed record TemplateRequest(string Project, string InfraVersion, IReadOnlyList<string> Feeds)
{
    /// <summary>The version of this Infra.Cli assembly without the source revision suffix (what the packages were packed as).</summary>
    public static string CurrentInfraVersion { get; } = ReadVersion();

    /// <summary>The project name as one C# identifier: <c>my-app.web</c> becomes <c>MyAppWeb</c>.</summary>
    public string Identifier => string.Concat(Segments(Project.Replace('.', '-')));

    /// <summary>The project name as a C# namespace: <c>acme.web-app</c> becomes <c>Acme.WebApp</c>.</summary>
    public string Namespace => string.Join('.', Project.Split('.').Select(s => string.Concat(Segments(s))));

    private static IEnumerable<string> Segments(string text) =>
        text.Split('-', '_').Where(p => p.Length > 0).Select(p => char.ToUpperInvariant(p[0]) + p[1..]);

    private static string ReadVersion()
    {
        var assembly = typeof(TemplateRequest).Assembly;
        var version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString(3) ?? "0.1.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
