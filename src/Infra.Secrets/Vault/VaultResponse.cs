using System.Net;
using System.Text.Json.Nodes;

namespace Infra.Secrets.Vault;

/// <summary>A Vault answer: status, parsed JSON body (or null) and the messages of its <c>errors</c> array.</summary>
internal sealed record VaultResponse(HttpStatusCode Status, JsonNode? Body, IReadOnlyList<string> Errors, TimeSpan? RetryAfter)
{
    internal bool IsSuccess => (int)Status is >= 200 and < 300;

    internal bool IsRetryable => Status == HttpStatusCode.TooManyRequests || (int)Status >= 500;

    internal string Describe() =>
        Errors.Count > 0 ? $"{(int)Status} {string.Join("; ", Errors)}" : $"{(int)Status} {Status}";

    internal static async Task<VaultResponse> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        JsonNode? body = null;
        if (!string.IsNullOrWhiteSpace(text))
        {
            try
            {
                body = JsonNode.Parse(text);
            }
            catch (System.Text.Json.JsonException)
            {
                body = null;
            }
        }

        var errors = new List<string>();
        if (body?["errors"] is JsonArray array)
        {
            errors.AddRange(array.Select(e => e?.GetValueKind() == System.Text.Json.JsonValueKind.String ? e.GetValue<string>() : e?.ToJsonString() ?? "null"));
        }

        if (errors.Count == 0 && body?["data"]?["batch_results"] is JsonArray items)
        {
            // A failed batch reports per-item errors instead of a top-level errors array.
            for (var i = 0; i < items.Count; i++)
            {
                if (items[i]?["error"]?.ToString() is { Length: > 0 } itemError)
                {
                    errors.Add($"batch item #{i}: {itemError}");
                }
            }
        }

        var retryAfter = response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow,
            _ => (TimeSpan?)null,
        };
        if (retryAfter < TimeSpan.Zero)
        {
            retryAfter = TimeSpan.Zero;
        }

        return new VaultResponse(response.StatusCode, body, errors, retryAfter);
    }
}
