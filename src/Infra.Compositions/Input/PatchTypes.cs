namespace Infra.Compositions.Input;

/// <summary>The patch type names.</summary>
internal static class PatchTypes
{
    public const string FromCompositeFieldPath = "FromCompositeFieldPath";
    public const string ToCompositeFieldPath = "ToCompositeFieldPath";
    public const string CombineFromComposite = "CombineFromComposite";
    public const string CombineToComposite = "CombineToComposite";
    public const string FromEnvironmentFieldPath = "FromEnvironmentFieldPath";
    public const string ToEnvironmentFieldPath = "ToEnvironmentFieldPath";
    public const string CombineFromEnvironment = "CombineFromEnvironment";
    public const string CombineToEnvironment = "CombineToEnvironment";
    public const string PatchSet = "PatchSet";

    public static bool IsCombine(string type) =>
        type is CombineFromComposite or CombineToComposite or CombineFromEnvironment or CombineToEnvironment;
}
