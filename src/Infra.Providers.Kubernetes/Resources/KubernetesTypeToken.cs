namespace Infra.Kubernetes;

/// <summary>Type tokens of Kubernetes resources, Pulumi-style: <c>kubernetes:apps/v1:StatefulSet</c>, <c>kubernetes:core/v1:Namespace</c>.</summary>
public static class KubernetesTypeToken
{
    /// <summary>The provider package.</summary>
    public const string Package = "kubernetes";

    /// <summary>The token for an apiVersion and kind.</summary>
    public static string For(string apiVersion, string kind) =>
        $"{Package}:{(apiVersion.Contains('/', StringComparison.Ordinal) ? apiVersion : "core/" + apiVersion)}:{kind}";

    /// <summary>Splits a token back into apiVersion and kind.</summary>
    public static (string ApiVersion, string Kind) Parse(string token)
    {
        var parts = token.Split(':');
        if (parts.Length != 3 || parts[0] != Package)
        {
            throw new ArgumentException($"'{token}' is not a Kubernetes type token.", nameof(token));
        }
        var apiVersion = parts[1].StartsWith("core/", StringComparison.Ordinal) ? parts[1]["core/".Length..] : parts[1];
        return (apiVersion, parts[2]);
    }
}
