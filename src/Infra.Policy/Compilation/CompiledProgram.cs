namespace Infra.Policy.Compilation;

/// <summary>The result of compiling all modules: the rule tree rooted at <c>data</c>.</summary>
internal sealed record CompiledProgram(RuleNode Root)
{
    public RuleNode? Find(IReadOnlyList<Values.Value> path)
    {
        var n = Root;
        foreach (var p in path)
        {
            if (!n.Children.TryGetValue(p, out var c)) return null;
            n = c;
        }
        return n;
    }
}
