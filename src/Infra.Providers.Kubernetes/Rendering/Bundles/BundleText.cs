namespace Infra.Providers.Kubernetes.Rendering.Bundles;

/// <summary>
/// The text of a bundle: YAML documents separated by <c>---</c>, each opened by a comment line
/// <c># infra-object: &lt;key&gt;</c> naming the object (its per-object file name without <c>.yaml</c>). The marker lets
/// a bundle be split into documents and matched to objects without parsing any YAML.
/// </summary>
internal static class BundleText
{
    private const string Marker = "# infra-object: ";
    private const string Separator = "---\n";
    private const string Extension = ".yaml";

    /// <summary>
    /// Writes documents (key: per-object file name; value: YAML ending in a newline) in the order given, as one bundle
    /// text, to <paramref name="output"/> without holding it whole.
    /// </summary>
    public static void Write(TextWriter output, IEnumerable<KeyValuePair<string, string>> documents)
    {
        var first = true;
        foreach (var (key, yaml) in documents)
        {
            if (!first)
            {
                output.Write(Separator);
            }

            first = false;
            output.Write(Marker);
            output.Write(key.AsSpan(0, key.Length - Extension.Length));
            output.Write('\n');
            output.Write(yaml);
        }
    }

    /// <summary>
    /// Splits a bundle into (per-object file name, YAML) pairs. A document starts at a marker line that opens the text
    /// or follows a <c>---</c> line; text before the first marker (not written by Infra) is ignored.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Split(string text)
    {
        text = text.Contains('\r', StringComparison.Ordinal) ? text.ReplaceLineEndings("\n") : text;
        const string Boundary = "\n" + Separator + Marker;
        var starts = new List<int>();
        if (text.StartsWith(Marker, StringComparison.Ordinal))
        {
            starts.Add(0);
        }

        for (var at = text.IndexOf(Boundary, StringComparison.Ordinal); at >= 0; at = text.IndexOf(Boundary, at + 1, StringComparison.Ordinal))
        {
            starts.Add(at + 1 + Separator.Length);
        }

        var documents = new List<KeyValuePair<string, string>>(starts.Count);
        for (var i = 0; i < starts.Count; i++)
        {
            var lineEnd = text.IndexOf('\n', starts[i]);
            if (lineEnd < 0)
            {
                continue; // a marker with no document
            }

            var end = i + 1 < starts.Count ? starts[i + 1] - Separator.Length : text.Length;
            var key = text[(starts[i] + Marker.Length)..lineEnd].Trim() + Extension;
            documents.Add(KeyValuePair.Create(key, text[(lineEnd + 1)..end]));
        }

        return documents;
    }
}
