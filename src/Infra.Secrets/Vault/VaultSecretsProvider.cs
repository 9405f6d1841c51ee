using System.Text;
using System.Text.Json.Nodes;

namespace Infra.Secrets.Vault;

/// <summary>
/// Secrets kept by a Vault Transit key: each value is sent base64-encoded to
/// <c>POST /v1/&lt;mount&gt;/encrypt/&lt;key&gt;</c> and stored as the returned <c>vault:v1:…</c> ciphertext;
/// decryption posts it to <c>/decrypt/&lt;key&gt;</c>. Batch calls use Transit's <c>batch_input</c>.
/// </summary>
public sealed class VaultSecretsProvider : ISecretsProvider
{
    /// <summary>The type name stored in stack settings.</summary>
    public const string TypeName = "vault";

    /// <summary>Items sent in one Transit batch request.</summary>
    internal const int BatchSize = 256;

    private const string CiphertextPrefix = "vault:v";

    private readonly VaultHttpClient _client;
    private readonly string _encryptPath;
    private readonly string _decryptPath;

    /// <summary>Creates the provider. Nothing is sent until the first operation (AppRole logs in then, once).</summary>
    /// <param name="settings">Address, Transit mount and key, namespace and credentials.</param>
    /// <param name="httpClient">The HTTP client to send with; the caller owns and disposes it.</param>
    /// <param name="retryPolicy">Retry behaviour; <see cref="VaultRetryPolicy.Default"/> when null.</param>
    /// <param name="timeProvider">Clock for retry waits; <see cref="TimeProvider.System"/> when null.</param>
    public VaultSecretsProvider(VaultSettings settings, HttpClient httpClient, VaultRetryPolicy? retryPolicy = null, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(httpClient);
        Settings = settings;
        _client = new VaultHttpClient(httpClient, settings, retryPolicy ?? VaultRetryPolicy.Default, timeProvider ?? TimeProvider.System);
        var mount = settings.Mount.Trim('/');
        var key = Uri.EscapeDataString(settings.KeyName);
        _encryptPath = $"{mount}/encrypt/{key}";
        _decryptPath = $"{mount}/decrypt/{key}";
    }

    /// <inheritdoc />
    public string Type => TypeName;

    /// <summary>The settings this provider was created with.</summary>
    public VaultSettings Settings { get; }

    /// <inheritdoc />
    public async Task<string> EncryptAsync(string plaintext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plaintext);
        var body = new JsonObject { ["plaintext"] = ToBase64(plaintext) };
        var response = await _client.PostAsync(_encryptPath, body, cancellationToken).ConfigureAwait(false);
        return ReadString(response.Body?["data"]?["ciphertext"], "data.ciphertext");
    }

    /// <inheritdoc />
    public async Task<string> DecryptAsync(string ciphertext, CancellationToken cancellationToken)
    {
        RequireVaultCiphertext(ciphertext, index: null);
        var body = new JsonObject { ["ciphertext"] = ciphertext };
        var response = await _client.PostAsync(_decryptPath, body, cancellationToken).ConfigureAwait(false);
        return FromBase64(ReadString(response.Body?["data"]?["plaintext"], "data.plaintext"));
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> EncryptManyAsync(IReadOnlyList<string> plaintexts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plaintexts);
        return RunBatchesAsync(
            plaintexts, _encryptPath, p => new JsonObject { ["plaintext"] = ToBase64(p) }, "ciphertext", r => r, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<string>> DecryptManyAsync(IReadOnlyList<string> ciphertexts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ciphertexts);
        for (var i = 0; i < ciphertexts.Count; i++)
        {
            RequireVaultCiphertext(ciphertexts[i], i);
        }

        return RunBatchesAsync(
            ciphertexts, _decryptPath, c => new JsonObject { ["ciphertext"] = c }, "plaintext", FromBase64, cancellationToken);
    }

    private async Task<IReadOnlyList<string>> RunBatchesAsync(
        IReadOnlyList<string> inputs,
        string path,
        Func<string, JsonNode> toItem,
        string resultField,
        Func<string, string> convert,
        CancellationToken cancellationToken)
    {
        var results = new string[inputs.Count];
        for (var start = 0; start < inputs.Count; start += BatchSize)
        {
            var count = Math.Min(BatchSize, inputs.Count - start);
            var batch = new JsonArray();
            for (var i = 0; i < count; i++)
            {
                batch.Add(toItem(inputs[start + i]));
            }

            var response = await _client.PostAsync(path, new JsonObject { ["batch_input"] = batch }, cancellationToken).ConfigureAwait(false);
            if (response.Body?["data"]?["batch_results"] is not JsonArray items || items.Count != count)
            {
                throw Protocol($"vault {path} answered without {count} data.batch_results");
            }

            for (var i = 0; i < count; i++)
            {
                if (items[i]?["error"] is { } error && error.ToString() is { Length: > 0 } message)
                {
                    throw new SecretsException(new SecretsError(
                        SecretsErrorCode.RequestFailed, $"vault {path}: item #{start + i} failed: {message}"));
                }

                results[start + i] = convert(ReadString(items[i]?[resultField], $"data.batch_results[{i}].{resultField}"));
            }
        }

        return results;
    }

    private static void RequireVaultCiphertext(string ciphertext, int? index)
    {
        ArgumentNullException.ThrowIfNull(ciphertext);
        if (!ciphertext.StartsWith(CiphertextPrefix, StringComparison.Ordinal))
        {
            var which = index is null ? "the value" : $"secret #{index}";
            throw new SecretsException(new SecretsError(
                SecretsErrorCode.MalformedCiphertext, $"{which} is not a Vault Transit ciphertext (expected 'vault:v<N>:…')"));
        }
    }

    private static string ReadString(JsonNode? node, string field) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : throw Protocol($"vault answered without {field}");

    private static string ToBase64(string plaintext) => Convert.ToBase64String(Encoding.UTF8.GetBytes(plaintext));

    private static string FromBase64(string encoded)
    {
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
        }
        catch (FormatException)
        {
            throw Protocol("vault returned a plaintext that is not base64");
        }
    }

    private static SecretsException Protocol(string message) => new(new SecretsError(SecretsErrorCode.RequestFailed, message));
}
