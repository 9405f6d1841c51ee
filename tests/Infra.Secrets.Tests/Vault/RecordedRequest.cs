namespace Infra.Secrets.Tests.Vault;

/// <summary>One request the fake Vault received, and the status it answered.</summary>
internal sealed record RecordedRequest(string Method, string Path, string? Token, string? Namespace, string Body, int Status);
