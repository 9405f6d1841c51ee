namespace Infra.Providers.Kubernetes.Manifests;

/// <summary>A problem with a user-supplied manifest or configuration, located by a field path.</summary>
/// <param name="Resource">The object the problem belongs to, e.g. <c>apps/v1 Deployment default/web</c>.</param>
/// <param name="Path">Field path inside the object, e.g. <c>metadata.name</c>; empty for the whole object.</param>
/// <param name="Message">What is wrong and how to fix it.</param>
public sealed record KubernetesDiagnostic(string Resource, string Path, string Message)
{
    /// <inheritdoc />
    public override string ToString() =>
        Path.Length == 0 ? $"{Resource}: {Message}" : $"{Resource}: {Path}: {Message}";
}
