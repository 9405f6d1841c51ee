namespace Infra.Bench;

/// <summary>The measured scenarios, in the order a lifecycle runs them.</summary>
public static class Scenario
{
    public const string Preview = "preview (fresh)";
    public const string UpFresh = "up (fresh)";
    public const string UpNoop = "up (no-op)";
    public const string UpChanged = "up (1% changed)";
    public const string Destroy = "destroy";
    public const string PolicyGate = "policy gate (fresh plan)";
    public const string Cdk8s = "cdk8s synth";
    public const string PulumiMocks = "pulumi mocks";

    public static IReadOnlyList<string> Infra { get; } = [Preview, UpFresh, UpNoop, UpChanged, Destroy, PolicyGate];
}
