using System.Buffers;
using System.Text;

namespace Infra.Providers.Kubernetes.Rendering.Bundles;

/// <summary>
/// The text of a bundle: YAML documents separated by <c>---</c>, each opened by a comment line
/// <c># infra-object: &lt;key&gt;</c> naming the object (its per-object file name without <c>.yaml</c>). The marker lets
/// a bundle be split into documents and matched to objects without parsing any YAML.
/// </summary>
internal static class BundleText
{
    private const string Extension = ".yaml";

    private static ReadOnlySpan<byte> Marker => "# infra-object: "u8;

    private static ReadOnlySpan<byte> Separator => "---\n"u8;

    private static ReadOnlySpan<byte> Boundary => "\n---\n# infra-object: "u8;

    /// <summary>
    /// Writes documents (key: per-object file name) in the order given, as one bundle file's UTF-8 bytes, to
    /// <paramref name="output"/> without holding it whole.
    /// </summary>
    public static void Write(Stream output, IEnumerable<KeyValuePair<string, BundleDocument>> documents)
    {
        var first = true;
        var open = false;
        foreach (var (key, document) in documents)
        {
            if (!first)
            {
                if (open)
                {
                    output.WriteByte((byte)'\n'); // a hand-edited document without a last line break; the separator needs its own line
                }

                output.Write(Separator);
            }

            first = false;
            open = !document.EndsWithNewline;
            output.Write(Marker);
            WriteUtf8(output, key.AsSpan(0, key.Length - Extension.Length));
            output.WriteByte((byte)'\n');
            document.WriteTo(output);
        }
    }

    /// <summary>
    /// Splits a bundle file's bytes into (per-object file name, YAML) pairs; each YAML is a slice of
    /// <paramref name="utf8"/>. A document starts at a marker line that opens the text or follows a <c>---</c> line;
    /// text before the first marker (not written by Infra) is ignored. Windows line ends are read as <c>\n</c>.
    /// </summary>
    public static IReadOnlyList<KeyValuePair<string, ReadOnlyMemory<byte>>> Split(ReadOnlyMemory<byte> utf8)
    {
        if (utf8.Span.Contains((byte)'\r'))
        {
            utf8 = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(utf8.Span).ReplaceLineEndings("\n"));
        }

        var text = utf8.Span;
        var starts = new List<int>();
        if (text.StartsWith(Marker))
        {
            starts.Add(0);
        }

        for (var at = text.IndexOf(Boundary); at >= 0;)
        {
            starts.Add(at + 1 + Separator.Length);
            var next = text[(at + 1)..].IndexOf(Boundary);
            at = next < 0 ? -1 : at + 1 + next;
        }

        var documents = new List<KeyValuePair<string, ReadOnlyMemory<byte>>>(starts.Count);
        for (var i = 0; i < starts.Count; i++)
        {
            var lineLength = text[starts[i]..].IndexOf((byte)'\n');
            if (lineLength < 0)
            {
                continue; // a marker with no document
            }

            var lineEnd = starts[i] + lineLength;
            var end = i + 1 < starts.Count ? starts[i + 1] - Separator.Length : text.Length;
            var key = Encoding.UTF8.GetString(text[(starts[i] + Marker.Length)..lineEnd]).Trim() + Extension;
            documents.Add(KeyValuePair.Create(key, utf8[(lineEnd + 1)..end]));
        }

        return documents;
    }

    /// <summary>
    /// Reads a bundle file and splits it (see <see cref="Split(ReadOnlyMemory{byte})"/>); a byte order mark left by an
    /// editor is not part of the first document.
    /// </summary>
    public static async Task<IReadOnlyList<KeyValuePair<string, ReadOnlyMemory<byte>>>> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        var start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        return Split(bytes.AsMemory(start));
    }

    /// <summary>The text of a document <see cref="Split(ReadOnlyMemory{byte})"/> found.</summary>
    public static string Decode(ReadOnlyMemory<byte> yaml) => Encoding.UTF8.GetString(yaml.Span);

    /// <summary>Splits a bundle's text into (per-object file name, YAML) pairs, as <see cref="Split(ReadOnlyMemory{byte})"/> does.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Split(string text) =>
        Split(Encoding.UTF8.GetBytes(text)).Select(d => KeyValuePair.Create(d.Key, Decode(d.Value))).ToList();

    /// <summary>Writes <paramref name="text"/> as UTF-8 through a pooled buffer.</summary>
    public static void WriteUtf8(Stream output, ReadOnlySpan<char> text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        try
        {
            output.Write(buffer, 0, Encoding.UTF8.GetBytes(text, buffer));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
