namespace Infra.Bench.Stack;

/// <summary>
/// What the synthetic stack looks like, read from the environment so the harness can drive it:
/// <c>INFRA_BENCH_N</c> (Kubernetes objects, three per unit), <c>INFRA_BENCH_SHAPE</c> (<c>flat</c> or
/// <c>nested</c>: units inside components three levels deep) and <c>INFRA_BENCH_REVISION</c> (0 = baseline;
/// above 0 changes the ConfigMap of every 33rd unit, which is 1% of the objects).
/// </summary>
public sealed record BenchShape(int Objects, bool Nested, int Revision)
{
    public const int ObjectsPerUnit = 3;

    private const int ChangedUnitStride = 33;

    public int Units => Math.Max(1, Objects / ObjectsPerUnit);

    /// <summary>Whether unit <paramref name="unit"/>'s ConfigMap differs from the baseline in this revision.</summary>
    public bool IsChanged(int unit) => Revision > 0 && unit % ChangedUnitStride == 0;

    public static BenchShape FromEnvironment() => new(
        int.TryParse(Environment.GetEnvironmentVariable("INFRA_BENCH_N"), out var n) ? n : 1000,
        Environment.GetEnvironmentVariable("INFRA_BENCH_SHAPE") == "nested",
        int.TryParse(Environment.GetEnvironmentVariable("INFRA_BENCH_REVISION"), out var r) ? r : 0);
}
