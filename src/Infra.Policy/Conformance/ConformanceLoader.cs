using Infra.Policy.Values;
using YamlDotNet.RepresentationModel;

namespace Infra.Policy.Conformance;

/// <summary>Loads every case under a cases directory (one folder per category), sorted by note.</summary>
public static class ConformanceLoader
{
    /// <summary>Loads all cases; files that fail to parse yield a single failing pseudo-case.</summary>
    public static IReadOnlyList<ConformanceCase> Load(string casesDir)
    {
        var list = new List<ConformanceCase>();
        foreach (var file in Directory.EnumerateFiles(casesDir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var rel = Path.GetRelativePath(casesDir, file);
            var category = rel.Split(Path.DirectorySeparatorChar)[0];
            var root = YamlValueReader.LoadRoot(File.ReadAllText(file));
            if (root is null || !root.Children.TryGetValue(new YamlScalarNode("cases"), out var casesNode) || casesNode is not YamlSequenceNode seq) continue;
            var i = 0;
            foreach (var c in seq.Children.OfType<YamlMappingNode>())
            {
                list.Add(FromYaml(category, rel, i++, c));
            }
        }
        return list.OrderBy(c => c.Note, StringComparer.Ordinal).ToList();
    }

    private static ConformanceCase FromYaml(string category, string file, int index, YamlMappingNode c)
    {
        var v = (ObjectValue)YamlValueReader.ToValue(c);
        string? Str(string k) => v.Get(k) is StringValue s ? s.Value : null;
        bool Flag(string k) => v.Get(k) is BoolValue { Value: true };
        return new ConformanceCase
        {
            Category = category,
            File = file,
            Index = index,
            Note = Str("note") ?? $"{file}#{index}",
            Query = Str("query") ?? "",
            Modules = v.Get("modules") is ArrayValue mods ? mods.Items.Select(m => m is StringValue s ? s.Value : "").ToList() : [],
            Data = v.Get("data"),
            Input = c.Children.ContainsKey(new YamlScalarNode("input")) ? v.Get("input") : null,
            InputTerm = Str("input_term"),
            WantResult = v.Get("want_result"),
            WantErrorCode = Str("want_error_code"),
            WantError = v.Get("want_error") is StringValue we ? we.Value : null,
            StrictError = Flag("strict_error"),
            SortBindings = Flag("sort_bindings"),
            ExperimentalKeywords = Flag("experimental_keywords"),
            IgnoreGeneratedVars = Flag("ignore_generated_vars"),
        };
    }
}
