namespace Infra.Compositions.Function;

/// <summary>The context key holding the environment, and the environment's default identity.</summary>
internal static class EnvironmentKey
{
    public const string ContextKey = "apiextensions.crossplane.io/environment";
    public const string ApiVersion = "internal.crossplane.io/v1alpha1";
    public const string Kind = "Environment";
}
