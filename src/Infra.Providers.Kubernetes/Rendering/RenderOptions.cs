namespace Infra.Providers.Kubernetes.Rendering;

/// <summary>Settings for render mode.</summary>
/// <param name="OutputDirectory">Folder that receives the YAML files and <c>kustomization.yaml</c>; see <see cref="ForStack"/>.</param>
public sealed record RenderOptions(string OutputDirectory)
{
    /// <summary>
    /// Write Secret <c>data</c>/<c>stringData</c> in plaintext (config <c>kubernetes:renderSecrets: true</c>).
    /// When false, Secrets with values become ExternalSecrets (if <see cref="SecretStore"/> is set) or are refused.
    /// </summary>
    public bool RenderSecrets { get; init; }

    /// <summary>Store that rendered ExternalSecrets reference; null means Secrets with values are refused unless <see cref="RenderSecrets"/>.</summary>
    public SecretStoreReference? SecretStore { get; init; }

    /// <summary>One file per object (default) or one file per namespace (config <c>kubernetes:renderLayout</c>).</summary>
    public RenderLayout Layout { get; init; }

    /// <summary>Options for the conventional layout <c>&lt;outDir&gt;/&lt;stack&gt;/</c>.</summary>
    public static RenderOptions ForStack(string outDir, string stack) => new(Path.Combine(outDir, stack));
}
