using System.Buffers;
using System.Text;

namespace Infra.Secrets.Redaction;

/// <summary>
/// Replaces known secret plaintexts in text (logs, error messages, span attributes) with <c>[secret]</c>.
/// Besides the plaintext itself it catches its base64 and base64url encodings, whole or embedded at any
/// byte alignment inside a longer encoded value (e.g. an HTTP Basic credential). Immutable and thread-safe.
/// </summary>
public sealed class SecretRedactor
{
    /// <summary>The text that replaces each secret.</summary>
    public const string Replacement = "[secret]";

    /// <summary>Unpadded or embedded base64 forms shorter than this are not matched, to keep ordinary text intact.</summary>
    internal const int MinEmbeddedEncodedLength = 8;

    private readonly string[] _patterns;
    private readonly SearchValues<string>? _search;

    /// <summary>Creates a redactor for <paramref name="secrets"/>; empty strings are ignored.</summary>
    public SecretRedactor(IEnumerable<string> secrets)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        var patterns = new HashSet<string>(StringComparer.Ordinal);
        foreach (var secret in secrets)
        {
            if (string.IsNullOrEmpty(secret))
            {
                continue;
            }

            patterns.Add(secret);
            foreach (var encoded in EncodedForms(Encoding.UTF8.GetBytes(secret)))
            {
                patterns.Add(encoded);
            }
        }

        _patterns = [.. patterns.OrderByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal)];
        _search = _patterns.Length == 0 ? null : SearchValues.Create(_patterns, StringComparison.Ordinal);
    }

    /// <summary>A redactor that knows no secrets.</summary>
    public static SecretRedactor Empty { get; } = new([]);

    /// <summary>How many distinct patterns (plaintexts and encodings) are searched for.</summary>
    public int PatternCount => _patterns.Length;

    /// <summary>Returns <paramref name="text"/> with every secret occurrence replaced by <see cref="Replacement"/>.</summary>
    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_search is null || text.Length == 0)
        {
            return text;
        }

        StringBuilder? output = null;
        var copiedUpTo = 0;
        var position = 0;
        while (position < text.Length)
        {
            var offset = text.AsSpan(position).IndexOfAny(_search);
            if (offset < 0)
            {
                break;
            }

            var start = position + offset;
            var end = start + LongestMatchAt(text, start);

            // Extend over matches that begin inside the current one and reach further.
            for (var inner = start + 1; inner < end; inner++)
            {
                end = Math.Max(end, inner + LongestMatchAt(text, inner));
            }

            output ??= new StringBuilder(text.Length);
            output.Append(text, copiedUpTo, start - copiedUpTo).Append(Replacement);
            copiedUpTo = end;
            position = end;
        }

        return output is null ? text : output.Append(text, copiedUpTo, text.Length - copiedUpTo).ToString();
    }

    private int LongestMatchAt(string text, int index)
    {
        var rest = text.AsSpan(index);
        foreach (var pattern in _patterns)
        {
            if (rest.StartsWith(pattern, StringComparison.Ordinal))
            {
                return pattern.Length;
            }
        }

        return 0;
    }

    /// <summary>
    /// The base64 and base64url text that encodes <paramref name="secret"/>: the whole encoding (with and
    /// without padding) and, for each of the three byte alignments it can have inside a longer value, the
    /// characters that depend on the secret's bytes alone.
    /// </summary>
    private static IEnumerable<string> EncodedForms(byte[] secret)
    {
        var whole = Convert.ToBase64String(secret);
        yield return whole;
        if (whole.Length >= MinEmbeddedEncodedLength)
        {
            yield return whole.TrimEnd('=');
            yield return ToBase64Url(whole);
        }

        for (var shift = 0; shift < 3; shift++)
        {
            var shifted = new byte[shift + secret.Length];
            secret.CopyTo(shifted, shift);
            var encoded = Convert.ToBase64String(shifted);
            var first = (8 * shift + 5) / 6;
            var endExclusive = 8 * (shift + secret.Length) / 6;
            if (endExclusive - first < MinEmbeddedEncodedLength)
            {
                continue;
            }

            var core = encoded[first..endExclusive];
            yield return core;
            yield return ToBase64Url(core);
        }
    }

    private static string ToBase64Url(string base64) => base64.TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
