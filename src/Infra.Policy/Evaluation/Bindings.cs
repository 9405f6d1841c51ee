using Infra.Policy.Values;

namespace Infra.Policy.Evaluation;

/// <summary>Variable bindings of one rule body (or query) with an undo trail for backtracking.</summary>
internal sealed class Bindings
{
    private readonly Dictionary<string, Value> _map = new();
    private readonly List<string> _trail = new();

    public int Mark => _trail.Count;

    public Value? Get(string name) => _map.TryGetValue(name, out var v) ? v : null;

    public bool IsBound(string name) => _map.ContainsKey(name);

    public void Bind(string name, Value value)
    {
        _map[name] = value;
        _trail.Add(name);
    }

    public void Undo(int mark)
    {
        for (var i = _trail.Count - 1; i >= mark; i--) _map.Remove(_trail[i]);
        _trail.RemoveRange(mark, _trail.Count - mark);
    }
}
