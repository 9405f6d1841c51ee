namespace Infra.Cli.Templates;

/// <summary>The repository files embedded into this assembly at build time (see Infra.Cli.csproj), by logical name.</summary>
internal static class TemplateResources
{
    /// <summary>Every embedded file whose logical name starts with <paramref name="prefix"/>, keyed by the rest of the name.</summary>
    public static IReadOnlyDictionary<string, string> Under(string prefix)
    {
        var assembly = typeof(TemplateResources).Assembly;
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)))
        {
            files[name[prefix.Length..].Replace('\\', '/')] = Read(name);
        }
        if (files.Count == 0)
        {
            throw new InvalidOperationException($"no template files embedded under '{prefix}'; Infra.Cli was built without them.");
        }
        return files;
    }

    /// <summary>One embedded file's text.</summary>
    public static string Read(string name)
    {
        using var stream = typeof(TemplateResources).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"template file '{name}' is not embedded in Infra.Cli.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
