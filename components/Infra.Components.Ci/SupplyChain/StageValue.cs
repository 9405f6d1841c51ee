namespace Infra.Components.Ci.SupplyChain;

/// <summary>An engine-neutral stage input: a literal, a pipeline parameter, or an earlier stage's result.</summary>
/// <param name="Kind">Where the value comes from.</param>
/// <param name="Name">The literal text, the parameter name, or the result name.</param>
/// <param name="Stage">The producing stage, for <see cref="StageValueKind.Result"/>.</param>
public sealed record StageValue(StageValueKind Kind, string Name, string? Stage = null)
{
    /// <summary>A fixed text.</summary>
    public static StageValue Literal(string text) => new(StageValueKind.Literal, text);

    /// <summary>A pipeline parameter.</summary>
    public static StageValue Parameter(string name) => new(StageValueKind.Parameter, name);

    /// <summary>Result <paramref name="result"/> of stage <paramref name="stage"/>.</summary>
    public static StageValue Result(string stage, string result) => new(StageValueKind.Result, result, stage);

    /// <summary>The value as a Tekton expression.</summary>
    public string ToTekton() => Kind switch
    {
        StageValueKind.Parameter => $"$(params.{Name})",
        StageValueKind.Result => $"$(tasks.{Stage}.results.{Name})",
        _ => Name,
    };

    /// <summary>The value as an Argo Workflows expression.</summary>
    public string ToArgo() => Kind switch
    {
        StageValueKind.Parameter => $"{{{{workflow.parameters.{Name}}}}}",
        StageValueKind.Result => $"{{{{tasks.{Stage}.outputs.parameters.{Name}}}}}",
        _ => Name,
    };
}
