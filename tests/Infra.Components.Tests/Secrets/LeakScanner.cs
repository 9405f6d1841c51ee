using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Infra.Components.Tests.Secrets;

/// <summary>
/// Looks for secrets in text: each secret as plaintext, base64 (what a Kubernetes Secret's <c>data</c> holds),
/// base64url, JSON-escaped once or twice (strict and relaxed encoders) and, for multi-line values such as PEM keys, each line of
/// the body (so a key re-wrapped into YAML or JSON is still found).
/// </summary>
internal static class LeakScanner
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static IReadOnlyList<(string Form, string Needle)> Forms(string secret)
    {
        var bytes = Encoding.UTF8.GetBytes(secret);
        var forms = new List<(string, string)>
        {
            ("plaintext", secret),
            ("base64", Convert.ToBase64String(bytes)),
            ("base64url", Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_')),
            ("json", JsonSerializer.Serialize(secret)[1..^1]),
            ("json-relaxed", JsonSerializer.Serialize(secret, Relaxed)[1..^1]),
            // JSON text inside a JSON string (how a secret's plaintext value is kept in an export or plan).
            ("json-in-json", JsonSerializer.Serialize(JsonSerializer.Serialize(secret)[1..^1])[1..^1]),
            ("json-in-json-relaxed", JsonSerializer.Serialize(JsonSerializer.Serialize(secret, Relaxed)[1..^1], Relaxed)[1..^1]),
        };
        forms.AddRange(secret.Split('\n').Select(l => l.Trim())
            .Where(l => l.Length >= 16 && l != secret && !l.StartsWith("-----", StringComparison.Ordinal))
            .Select(l => ("line", l)));
        return [.. forms.DistinctBy(f => f.Item2)];
    }

    /// <summary>Every occurrence of every secret in every source.</summary>
    /// <param name="secrets">The secrets.</param>
    /// <param name="sources">Where each text came from (a file path or a command's stream) and the text.</param>
    public static IReadOnlyList<LeakHit> Scan(IReadOnlyList<KnownSecret> secrets, IEnumerable<(string Where, string Text)> sources)
    {
        var needles = secrets.SelectMany(s => Forms(s.Value).Select(f => (s.Origin, f.Form, f.Needle))).ToList();
        var hits = new List<LeakHit>();
        foreach (var (where, text) in sources)
        {
            hits.AddRange(needles.Where(n => text.Contains(n.Needle, StringComparison.Ordinal)).Select(n => new LeakHit(n.Origin, n.Form, where)));
        }
        return hits;
    }

    /// <summary>Every file under <paramref name="directory"/> (state, plans, traces, rendered manifests, stack files), as text.</summary>
    public static IEnumerable<(string Where, string Text)> Files(string directory) =>
        Directory.GetFiles(directory, "*", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(directory, f), Encoding.UTF8.GetString(File.ReadAllBytes(f))));
}
