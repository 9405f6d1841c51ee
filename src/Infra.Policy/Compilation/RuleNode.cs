using Infra.Policy.Ast;
using Infra.Policy.Values;

namespace Infra.Policy.Compilation;

/// <summary>A node of the rule tree: the rules whose ground head prefix ends here, and child nodes.</summary>
internal sealed class RuleNode(IReadOnlyList<Value> path)
{
    /// <summary>Path from <c>data</c> to this node.</summary>
    public IReadOnlyList<Value> Path { get; } = path;

    public Dictionary<Value, RuleNode> Children { get; } = new();

    /// <summary>Rules attached here; for each, <see cref="Suffix"/> holds the non-ground remainder of its head.</summary>
    public List<Rule> Rules { get; } = new();

    public Dictionary<Rule, IReadOnlyList<Term>> Suffix { get; } = new();

    public bool HasFunctions => Rules.Any(r => r.Kind == RuleKind.Function);

    public string PathText => "data" + string.Concat(Path.Select(p => p is StringValue s ? "." + s.Value : "[" + p + "]"));

    public RuleNode Child(Value key)
    {
        if (!Children.TryGetValue(key, out var c))
        {
            c = new RuleNode([.. Path, key]);
            Children[key] = c;
        }
        return c;
    }

    /// <summary>True when this node or a descendant defines rules.</summary>
    public bool IsEmpty => Rules.Count == 0 && Children.Values.All(c => c.IsEmpty);
}
