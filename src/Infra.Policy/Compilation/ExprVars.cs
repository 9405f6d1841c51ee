namespace Infra.Policy.Compilation;

/// <summary>Variables an expression can bind (<see cref="Outs"/>) and those it reads (<see cref="Needs"/>).</summary>
internal sealed class ExprVars
{
    public HashSet<string> Outs { get; } = new();

    public HashSet<string> Needs { get; } = new();

    /// <summary>Needs that the expression cannot bind itself.</summary>
    public HashSet<string> StrictNeeds { get; } = new();
}
