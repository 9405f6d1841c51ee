using System.Net;

namespace Infra.Vault.Client;

/// <summary>Vault answered a request with an error status; <see cref="Errors"/> are Vault's own messages.</summary>
internal sealed class VaultApiException(string method, string path, HttpStatusCode status, IReadOnlyList<string> errors)
    : Exception($"Vault {method} /v1/{path} failed ({(int)status} {status}): {(errors.Count == 0 ? "no error message" : string.Join("; ", errors))}")
{
    public HttpStatusCode Status { get; } = status;

    public IReadOnlyList<string> Errors { get; } = errors;

    public bool Mentions(string text) => Errors.Any(e => e.Contains(text, StringComparison.OrdinalIgnoreCase));
}
