using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Infra.Providers.Kubernetes.Manifests;

namespace Infra.Providers.Kubernetes.Live;

/// <summary>Turns a failed HTTP response (usually a v1 <c>Status</c> body) into a <see cref="KubernetesApiError"/>.</summary>
internal static class StatusParser
{
    /// <summary>Builds the error for a non-success response.</summary>
    public static KubernetesApiError Parse(string operation, HttpStatusCode statusCode, string body)
    {
        if (statusCode == 0)
        {
            return new KubernetesApiError(operation, 0, "Unreachable", body, []);
        }

        JsonObject? status = null;
        try
        {
            status = JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            // Not a Status body (e.g. a proxy's HTML page); fall back to the raw text below.
        }

        var code = (int)statusCode;
        if (status is null || Text(status, "kind") != "Status")
        {
            var raw = body.Length > 500 ? body[..500] + "…" : body;
            return new KubernetesApiError(operation, code, statusCode.ToString(), raw.Trim().Length == 0 ? "(empty response body)" : raw.Trim(), []);
        }

        var causes = new List<StatusCause>();
        if (status["details"]?["causes"] is JsonArray causeList)
        {
            foreach (var cause in causeList.OfType<JsonObject>())
            {
                causes.Add(new StatusCause(Text(cause, "field") ?? string.Empty, Text(cause, "reason") ?? Text(cause, "type") ?? string.Empty, Text(cause, "message") ?? string.Empty));
            }
        }

        return new KubernetesApiError(
            operation,
            code,
            Text(status, "reason") ?? statusCode.ToString(),
            Text(status, "message") ?? "(no message)",
            causes);
    }

    private static string? Text(JsonObject parent, string key) => JsonRead.NonEmptyText(parent[key]);
}
