using Infra.Compositions.Authoring;

namespace Infra.Components.Crossplane.Composites;

/// <summary>The patch set every platform composition shares: environment label and deletion policy from the environment.</summary>
internal static class CommonPatches
{
    public const string EnvironmentSet = "environment";
    public const string EnvironmentLabel = "metadata.labels[platform.infra.dev/environment]";

    public static PatchSet Environment { get; } = new(EnvironmentSet,
    [
        new FromEnvironmentFieldPath("environment", EnvironmentLabel) { Policy = PatchPolicy.Required },
        new FromEnvironmentFieldPath("deletionPolicy", "spec.deletionPolicy"),
    ]);

    public static PatchSetReference UseEnvironment { get; } = new(EnvironmentSet);

    /// <summary>A patch copying an environment field that the resource cannot be created without.</summary>
    public static FromEnvironmentFieldPath Required(string from, string to) => new(from, to) { Policy = PatchPolicy.Required };
}
