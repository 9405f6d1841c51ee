using Infra.Components.Ci.Workloads;

namespace Infra.Components.Ci.SupplyChain;

/// <summary>
/// One engine-neutral stage of a supply-chain pipeline: a shell script in an image. The script reads its inputs from
/// <c>PARAM_&lt;NAME&gt;</c>, writes each result to the file named by <c>RESULT_&lt;NAME&gt;</c>, and finds each
/// workspace at <c>WORKSPACE_&lt;NAME&gt;</c> (names upper-cased, <c>-</c> → <c>_</c>).
/// </summary>
/// <param name="Name">The stage (task) name.</param>
/// <param name="Image">The image, pinned by digest.</param>
/// <param name="Script">The POSIX shell script.</param>
public sealed record SupplyChainStage(string Name, string Image, string Script)
{
    /// <summary>Inputs by name.</summary>
    public IReadOnlyDictionary<string, StageValue> Inputs { get; init; } = new Dictionary<string, StageValue>();

    /// <summary>Results the script writes.</summary>
    public IReadOnlyList<string> Results { get; init; } = [];

    /// <summary>Workspaces the stage uses (declared by <see cref="SupplyChainPipelineArgs"/>: <c>source</c>, <c>registry-credentials</c>, …).</summary>
    public IReadOnlyList<string> Workspaces { get; init; } = [];

    /// <summary>Stages that must finish first, besides those whose results are inputs.</summary>
    public IReadOnlyList<string> RunAfter { get; init; } = [];

    /// <summary>CPU and memory.</summary>
    public ContainerResources? Resources { get; init; }

    /// <summary>The security context (default: restricted with a writable root filesystem).</summary>
    public ContainerSecurity? Security { get; init; }

    /// <summary>The stages this one depends on: <see cref="RunAfter"/> plus the producers of result inputs.</summary>
    public IReadOnlyList<string> Dependencies =>
        RunAfter.Concat(Inputs.Values.Where(v => v.Kind == StageValueKind.Result).Select(v => v.Stage!)).Distinct(StringComparer.Ordinal).ToList();

    internal static string EnvName(string prefix, string name) => prefix + "_" + name.ToUpperInvariant().Replace('-', '_');
}
