namespace Infra.Components.Ci.Controllers;

/// <summary>The default artifact repository of Argo Workflows: an S3-compatible bucket (credentials by Secret reference, never inline).</summary>
/// <param name="Bucket">The bucket.</param>
/// <param name="Endpoint">The endpoint (host:port), e.g. <c>minio.argo.svc:9000</c>.</param>
/// <param name="AccessKeySecret">The access key.</param>
/// <param name="SecretKeySecret">The secret key.</param>
public sealed record S3ArtifactRepository(string Bucket, string Endpoint, SecretKeyReference AccessKeySecret, SecretKeyReference SecretKeySecret)
{
    /// <summary>The region.</summary>
    public string? Region { get; init; }

    /// <summary>Plain HTTP (only for in-cluster test stores).</summary>
    public bool Insecure { get; init; }

    /// <summary>Key prefix of archived logs and artifacts.</summary>
    public string KeyFormat { get; init; } = "{{workflow.namespace}}/{{workflow.name}}/{{pod.name}}";

    /// <summary>The <c>artifactRepository</c> value of <c>workflow-controller-configmap</c> (YAML).</summary>
    internal string ToConfigYaml() => string.Join('\n',
    [
        "archiveLogs: true",
        "s3:",
        $"  bucket: {Quote(Bucket)}",
        $"  endpoint: {Quote(Endpoint)}",
        .. Region is null ? Array.Empty<string>() : [$"  region: {Quote(Region)}"],
        $"  insecure: {(Insecure ? "true" : "false")}",
        $"  keyFormat: {Quote(KeyFormat)}",
        "  accessKeySecret:",
        $"    name: {Quote(AccessKeySecret.Name)}",
        $"    key: {Quote(AccessKeySecret.Key)}",
        "  secretKeySecret:",
        $"    name: {Quote(SecretKeySecret.Name)}",
        $"    key: {Quote(SecretKeySecret.Key)}",
        "",
    ]);

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
