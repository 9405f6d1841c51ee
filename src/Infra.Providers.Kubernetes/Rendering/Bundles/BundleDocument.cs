using System.Buffers;
using System.Text;

namespace Infra.Providers.Kubernetes.Rendering.Bundles;

/// <summary>
/// The YAML of one document in a bundle: either text set by this run, or a slice of the bundle file as read from disk.
/// Documents read from disk stay UTF-8 bytes: a run that changes one object in a bundle of thousands then neither
/// decodes nor copies the others, and writes them back byte for byte.
/// </summary>
internal readonly struct BundleDocument
{
    private readonly string? text;
    private readonly ReadOnlyMemory<byte> utf8;

    private BundleDocument(string? text, ReadOnlyMemory<byte> utf8)
    {
        this.text = text;
        this.utf8 = utf8;
    }

    /// <summary>A document set by this run.</summary>
    public static BundleDocument FromText(string yaml) => new(yaml, default);

    /// <summary>A document read from disk (the memory must not change afterwards).</summary>
    public static BundleDocument FromUtf8(ReadOnlyMemory<byte> yaml) => new(null, yaml);

    /// <summary>The YAML as text (decoded on each call for a document read from disk).</summary>
    public string Text => text ?? BundleText.Decode(utf8);

    /// <summary>True when the document is empty or ends with a line break (a separator may follow it directly).</summary>
    public bool EndsWithNewline => text is not null ? text.Length == 0 || text[^1] == '\n' : utf8.IsEmpty || utf8.Span[^1] == (byte)'\n';

    /// <summary>True when the document holds exactly <paramref name="yaml"/>.</summary>
    public bool Holds(string yaml)
    {
        if (text is not null)
        {
            return text == yaml;
        }

        if (Encoding.UTF8.GetByteCount(yaml) != utf8.Length)
        {
            return false;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(utf8.Length);
        try
        {
            var written = Encoding.UTF8.GetBytes(yaml, buffer);
            return utf8.Span.SequenceEqual(buffer.AsSpan(0, written));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Writes the document's UTF-8 bytes.</summary>
    public void WriteTo(Stream output)
    {
        if (text is null)
        {
            output.Write(utf8.Span);
            return;
        }

        BundleText.WriteUtf8(output, text);
    }
}
