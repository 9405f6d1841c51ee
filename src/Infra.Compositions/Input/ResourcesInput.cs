namespace Infra.Compositions.Input;

/// <summary>The decoded <c>pt.fn.crossplane.io/v1beta1</c> <c>Resources</c> function input.</summary>
internal sealed record ResourcesInput(
    IReadOnlyList<ComposedTemplate> Resources,
    IReadOnlyList<PatchSetSpec> PatchSets,
    EnvironmentSpec? Environment,
    ConnectionSecretRefSpec? WriteConnectionSecretToRef);
