using System.Text;
using System.Text.Json.Nodes;

namespace Infra.Components.Tests.Secrets;

/// <summary>
/// Finds the secret values of a stack in its <c>stack export --show-secrets</c> document: every value in a secret
/// signature object (<c>"plaintext"</c>) that is a string, and the payload (<c>stringData</c>, decoded <c>data</c>) of
/// secret Kubernetes Secret manifests. Values that also occur outside any secret (public certificates that ride along
/// in a TLS Secret, names) are not secrets, and very short values are left out so the scan has no false positives.
/// </summary>
internal static class SecretExport
{
    private const string Signature = "4dabf18193072939515e22adb298388d";
    private const int MinimumLength = 12;

    public static IReadOnlyList<KnownSecret> Secrets(string plaintextExport)
    {
        var candidates = new List<KnownSecret>();
        var publicValues = new HashSet<string>(StringComparer.Ordinal);
        Walk(JsonNode.Parse(plaintextExport), "", candidates, publicValues);
        return [.. candidates
            .Where(c => c.Value.Length >= MinimumLength && !publicValues.Contains(c.Value))
            .DistinctBy(c => c.Value)];
    }

    private static void Walk(JsonNode? node, string path, List<KnownSecret> secrets, HashSet<string> publicValues)
    {
        switch (node)
        {
            case JsonObject secret when secret.ContainsKey(Signature):
                var plaintext = (string?)secret["plaintext"] ?? throw new InvalidOperationException($"{path}: a secret without plaintext; export with --show-secrets");
                AddSecret(JsonNode.Parse(plaintext), path, secrets);
                break;
            case JsonObject map:
                foreach (var (key, value) in map)
                {
                    Walk(value, $"{path}/{key}", secrets, publicValues);
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    Walk(array[i], $"{path}/{i}", secrets, publicValues);
                }
                break;
            case JsonValue value when value.TryGetValue<string>(out var text):
                publicValues.Add(text);
                break;
        }
    }

    private static void AddSecret(JsonNode? value, string path, List<KnownSecret> secrets)
    {
        if (value is JsonValue scalar && scalar.TryGetValue<string>(out var text))
        {
            secrets.Add(new KnownSecret(path, text));
        }
        else if (value is JsonObject manifest && (string?)manifest["kind"] == "Secret")
        {
            foreach (var (key, data) in manifest["stringData"]?.AsObject() ?? [])
            {
                secrets.Add(new KnownSecret($"{path}/stringData/{key}", (string)data!));
            }
            foreach (var (key, data) in manifest["data"]?.AsObject() ?? [])
            {
                secrets.Add(new KnownSecret($"{path}/data/{key}", Encoding.UTF8.GetString(Convert.FromBase64String((string)data!))));
            }
        }
    }
}
