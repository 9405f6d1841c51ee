using Infra.Policy.Compilation;
using Infra.Policy.Values;

namespace Infra.Policy.Evaluation;

/// <summary>The documents visible to evaluation; <c>with</c> creates a child context with its own memo.</summary>
internal sealed class EvalContext
{
    public required Value? Input { get; init; }

    public required Value BaseData { get; init; }

    /// <summary>Paths under which rules are hidden because <c>with data…</c> replaced them.</summary>
    public IReadOnlyList<IReadOnlyList<Value>> Masks { get; init; } = [];

    /// <summary>Replaced functions: name → replacement function name (string) or constant <see cref="Value"/>.</summary>
    public IReadOnlyDictionary<string, object> FunctionMocks { get; init; } = new Dictionary<string, object>();

    public Dictionary<RuleNode, Value?> Memo { get; } = new();

    public Dictionary<(RuleNode, Value), Value?> FunctionMemo { get; } = new();

    public HashSet<RuleNode> InProgress { get; } = new();

    public bool IsMasked(IReadOnlyList<Value> path)
    {
        foreach (var m in Masks)
        {
            if (m.Count > path.Count) continue;
            var prefix = true;
            for (var i = 0; i < m.Count; i++)
            {
                if (!m[i].Equals(path[i])) { prefix = false; break; }
            }
            if (prefix) return true;
        }
        return false;
    }

    public Value? BaseLookup(IReadOnlyList<Value> path)
    {
        Value? cur = BaseData;
        foreach (var p in path)
        {
            cur = cur is ObjectValue o ? o.Get(p) : null;
            if (cur is null) return null;
        }
        return cur;
    }
}
