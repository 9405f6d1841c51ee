using Infra.Policy.Values;

namespace Infra.Policy.Compilation;

/// <summary>The result of compiling all modules: the rule tree rooted at <c>data</c>, plus package annotations.</summary>
internal sealed record CompiledProgram(RuleNode Root)
{
    /// <summary>Package annotations by dotted package path.</summary>
    public Dictionary<string, List<ObjectValue>> PackageAnnotations { get; } = new(StringComparer.Ordinal);

    public RuleNode? Find(IReadOnlyList<Value> path)
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
