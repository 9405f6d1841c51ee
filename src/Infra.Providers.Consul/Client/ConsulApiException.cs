using System.Net;

namespace Infra.Consul.Client;

/// <summary>Consul answered with an error status; <see cref="Body"/> is Consul's own (plain text) message.</summary>
internal sealed class ConsulApiException(string method, string path, HttpStatusCode status, string body)
    : Exception($"Consul {method} /v1/{path} failed ({(int)status} {status}): {(body.Length == 0 ? "no error message" : body)}")
{
    public HttpStatusCode Status { get; } = status;

    public string Body { get; } = body;

    /// <summary>Consul hides missing ACL objects behind 403 "ACL not found" (and "Cannot find … to delete").</summary>
    public bool IsMissing => Status == HttpStatusCode.NotFound
        || (Status == HttpStatusCode.Forbidden && (Body.Contains("ACL not found", StringComparison.OrdinalIgnoreCase) || Body.StartsWith("Cannot find", StringComparison.Ordinal)));
}
