using System.Text.Json.Nodes;
using Infra.Compositions;
using Infra.Engine.Planning;

namespace Infra.Cli.Commands;

/// <summary>Picks the Crossplane definitions (XRDs, Compositions, EnvironmentConfigs) out of a preview's plan and writes them.</summary>
internal static class CompositionExport
{
    private const string Group = "apiextensions.crossplane.io/";
    private static readonly string[] Kinds = ["CompositeResourceDefinition", "Composition", "EnvironmentConfig"];

    /// <summary>The definitions the plan declares (not deleted), in kind order then by name.</summary>
    public static IReadOnlyList<JsonObject> Collect(PlanDocument plan) => plan.Steps
        .Where(s => s.Kind is not ("delete" or "delete-replaced") && s.NewInputs?["manifest"] is JsonObject)
        .Select(s => (JsonObject)s.NewInputs!["manifest"]!)
        .Where(m => Text(m["apiVersion"]).StartsWith(Group, StringComparison.Ordinal) && Kinds.Contains(Text(m["kind"])))
        .OrderBy(m => Array.IndexOf(Kinds, Text(m["kind"])))
        .ThenBy(m => Text(m["metadata"]?["name"]), StringComparer.Ordinal)
        .ToList();

    /// <summary>Writes one YAML file per object, <c>&lt;kind&gt;-&lt;name&gt;.yaml</c> (kind lower-case); returns the paths.</summary>
    public static async Task<IReadOnlyList<string>> WriteAsync(IReadOnlyList<JsonObject> objects, string directory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(directory);
        var written = new List<string>();
        foreach (var manifest in objects)
        {
            var path = Path.Combine(directory, $"{Text(manifest["kind"]).ToLowerInvariant()}-{Text(manifest["metadata"]?["name"])}.yaml");
            await File.WriteAllTextAsync(path, CompositionExporter.ToYaml([Ordered(manifest)]), cancellationToken).ConfigureAwait(false);
            written.Add(path);
        }
        return written;
    }

    /// <summary>apiVersion, kind, metadata first, as people write them; the rest as declared.</summary>
    private static JsonObject Ordered(JsonObject manifest)
    {
        var ordered = new JsonObject();
        foreach (var key in new[] { "apiVersion", "kind", "metadata" })
        {
            if (manifest[key] is { } value) ordered[key] = value.DeepClone();
        }
        foreach (var (key, value) in manifest)
        {
            if (!ordered.ContainsKey(key)) ordered[key] = value?.DeepClone();
        }
        return ordered;
    }

    private static string Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : "";
}
