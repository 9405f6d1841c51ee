using System.Text.Json.Nodes;
using Infra.Compositions.Yaml;

namespace Infra.Compositions.Rendering;

/// <summary>Reads the YAML files of a render; every failure becomes a diagnostic naming the file.</summary>
internal static class InputFiles
{
    public static IReadOnlyList<JsonObject>? ReadObjects(string path, out CompositionDiagnostic? diagnostic)
    {
        diagnostic = null;
        var files = Directory.Exists(path)
            ? Directory.GetFiles(path).Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".json", StringComparison.Ordinal))
                .OrderBy(f => f, StringComparer.Ordinal).ToArray()
            : [path];
        var objects = new List<JsonObject>();
        foreach (var file in files)
        {
            string text;
            try
            {
                text = File.ReadAllText(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostic = new CompositionDiagnostic(file, null, "cannot read file: " + e.Message);
                return null;
            }
            var documents = YamlLoader.LoadAll(text, out var error);
            if (documents is null)
            {
                var colon = error!.IndexOf(": ", StringComparison.Ordinal);
                diagnostic = new CompositionDiagnostic(file, error[..colon], "invalid YAML: " + error[(colon + 2)..]);
                return null;
            }
            for (var i = 0; i < documents.Count; i++)
            {
                if (documents[i] is not JsonObject o)
                {
                    diagnostic = new CompositionDiagnostic(file, null, $"document {i + 1} is not a YAML mapping (an object with apiVersion and kind)");
                    return null;
                }
                objects.Add(o);
            }
        }
        return objects;
    }

    public static JsonObject? ReadSingle(string path, out CompositionDiagnostic? diagnostic)
    {
        var objects = ReadObjects(path, out diagnostic);
        if (objects is null) return null;
        if (objects.Count != 1)
        {
            diagnostic = new CompositionDiagnostic(path, null, $"want exactly one YAML document, found {objects.Count}");
            return null;
        }
        return objects[0];
    }
}
