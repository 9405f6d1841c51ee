namespace Infra.Compositions.Input;

/// <summary>The <c>environment</c> block: patches between the XR and the environment.</summary>
internal sealed record EnvironmentSpec(IReadOnlyList<PatchSpec> Patches);
