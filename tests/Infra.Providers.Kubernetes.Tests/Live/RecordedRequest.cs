namespace Infra.Providers.Kubernetes.Tests.Live;

/// <summary>One HTTP request as the fake API server received it.</summary>
public sealed record RecordedRequest(string Method, string Path, string Query, string? ContentType, string Body, string? Authorization)
{
    public string PathAndQuery => Path + Query;
}
