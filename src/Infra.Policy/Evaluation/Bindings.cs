using Infra.Policy.Values;

namespace Infra.Policy.Evaluation;

/// <summary>
/// Variable bindings of one rule body (or query) with an undo trail for backtracking. A body binds few variables, so
/// they live on a stack searched from the top: binding and undoing are a push and a pop, with no hashing.
/// </summary>
internal sealed class Bindings
{
    private string[] _names = new string[8];
    private Value[] _values = new Value[8];
    private int _count;

    public int Mark => _count;

    public Value? Get(string name)
    {
        for (var i = _count - 1; i >= 0; i--)
        {
            if (string.Equals(_names[i], name, StringComparison.Ordinal)) return _values[i];
        }
        return null;
    }

    public bool IsBound(string name) => Get(name) is not null;

    public void Bind(string name, Value value)
    {
        if (_count == _names.Length)
        {
            Array.Resize(ref _names, _count * 2);
            Array.Resize(ref _values, _count * 2);
        }
        _names[_count] = name;
        _values[_count] = value;
        _count++;
    }

    public void Undo(int mark)
    {
        if (mark >= _count) return;
        Array.Clear(_values, mark, _count - mark);
        _count = mark;
    }
}
