using System.Text.Json.Nodes;
using Infra.Compositions.Yaml;

namespace Infra.Compositions.Rendering;

/// <summary>Reads the YAML files of a render; every failure becomes a diagnostic naming the file.</summary>
internal static class InputFiles
{
    /// <summary>Files larger than this are refused before reading (Crossplane manifests are kilobytes).</summary>
    public const long MaxBytes = 16 * 1024 * 1024;

    private static readonly System.Text.UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

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
                var length = new FileInfo(file).Length;
                if (length > MaxBytes)
                {
                    diagnostic = new CompositionDiagnostic(file, null, $"file is {length} bytes; the limit is {MaxBytes} bytes");
                    return null;
                }
                text = StrictUtf8.GetString(File.ReadAllBytes(file)).TrimStart('\uFEFF');
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostic = new CompositionDiagnostic(file, null, "cannot read file: " + e.Message);
                return null;
            }
            catch (System.Text.DecoderFallbackException e)
            {
                diagnostic = new CompositionDiagnostic(file, null, $"file is not valid UTF-8 (byte offset {e.Index})");
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
