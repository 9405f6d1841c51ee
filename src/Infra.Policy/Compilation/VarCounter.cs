namespace Infra.Policy.Compilation;

/// <summary>Hands out unique generated variable names during one compilation.</summary>
internal sealed class VarCounter
{
    private int _next;

    /// <summary>A name no user variable can have (it contains <c>$</c>).</summary>
    public string Fresh(string baseName) => $"{baseName}${++_next}";
}
