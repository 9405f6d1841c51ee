using System.Security;
using System.Xml.Linq;

namespace Infra.Cli.Templates;

/// <summary>
/// How generated projects find the Infra packages: <c>--feed</c> writes a nuget.config that lists exactly the given
/// sources in order, and restores into <c>.packages/</c> so a re-packed local build of the same version is never
/// shadowed by the machine-wide package cache.
/// </summary>
internal static class PackageSources
{
    /// <summary>The shorthand <c>--feed nuget.org</c> stands for.</summary>
    public const string NuGetOrg = "https://api.nuget.org/v3/index.json";

    /// <summary>The nuget.config file name and text for <paramref name="feeds"/>; nothing when no feed was given.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Config(IReadOnlyList<string> feeds)
    {
        if (feeds.Count == 0)
        {
            yield break;
        }
        var sources = string.Join('\n', feeds.Select((feed, i) => $"    <add key=\"feed{i + 1}\" value=\"{SecurityElement.Escape(feed)}\" />"));
        yield return new("nuget.config", $"""
            <?xml version="1.0" encoding="utf-8"?>
            <!-- Written by `infra new` (its feed option): restore uses exactly these sources, in order. -->
            <configuration>
              <config>
                <!-- A private package folder: a re-packed Infra build of the same version is never shadowed by ~/.nuget/packages. -->
                <add key="globalPackagesFolder" value=".packages" />
              </config>
              <packageSources>
                <clear />
            {sources}
              </packageSources>
            </configuration>

            """);
    }

    /// <summary>A feed as nuget.config should name it: URLs and <c>nuget.org</c> as given, folders made absolute.</summary>
    public static string Resolve(string feed, Func<string, string> resolvePath) =>
        feed == "nuget.org" ? NuGetOrg : feed.Contains("://", StringComparison.Ordinal) ? feed : resolvePath(feed);

    /// <summary>The version of a third-party package the Infra repository builds and tests with (its Directory.Packages.props).</summary>
    public static string TestedVersion(string package)
    {
        var props = XDocument.Parse(TemplateResources.Read("templates/Directory.Packages.props"));
        return props.Descendants("PackageVersion").FirstOrDefault(e => (string?)e.Attribute("Include") == package)?.Attribute("Version")?.Value
            ?? throw new InvalidOperationException($"Directory.Packages.props has no version of {package}.");
    }
}
