using Infra.Policy.Ast;
using Infra.Policy.Values;

namespace Infra.Policy.Evaluation;

/// <summary>Builds a nested object from rule results at (possibly deep) paths, detecting conflicting values.</summary>
internal sealed class ObjectBuilder
{
    private readonly Dictionary<Value, object> _entries = new();

    public bool IsEmpty => _entries.Count == 0;

    /// <summary>Adds every entry of <paramref name="obj"/>, merging nested objects.</summary>
    public void MergeBase(ObjectValue obj)
    {
        foreach (var kv in obj.Entries) _entries[kv.Key] = kv.Value;
    }

    /// <summary>Sets a key; objects merge with existing objects, other values must match.</summary>
    public void Put(Value key, Value value, SourceSpan at)
    {
        Insert([key], 0, value, at, merge: true);
    }

    /// <summary>Adds a virtual document under <paramref name="key"/>; an existing base value wins unless both are objects (then they merge).</summary>
    public void PutUnderBase(Value key, Value value, SourceSpan at)
    {
        if (_entries.TryGetValue(key, out var existing) && !(existing is ObjectValue && value is ObjectValue) && existing is not ObjectBuilder) return;
        Put(key, value, at);
    }

    /// <summary>Inserts a value at a path below this object.</summary>
    public void Insert(IReadOnlyList<Value> path, int i, Value value, SourceSpan at, bool merge = false)
    {
        var key = path[i];
        _entries.TryGetValue(key, out var existing);
        if (i == path.Count - 1)
        {
            switch (existing)
            {
                case null:
                    _entries[key] = value;
                    return;
                case Value ev when ev.Equals(value):
                    return;
                case SetValue es when value is SetValue vs:
                    _entries[key] = SetValue.Of(es.Items.Concat(vs.Items));
                    return;
                case Value ev when merge && ev is ObjectValue eo && value is ObjectValue vo:
                    var nb = new ObjectBuilder();
                    nb.MergeBase(eo);
                    foreach (var kv in vo.Entries) nb.Put(kv.Key, kv.Value, at);
                    _entries[key] = nb;
                    return;
                case ObjectBuilder ob when value is ObjectValue vo2:
                    foreach (var kv in vo2.Entries) ob.Put(kv.Key, kv.Value, at);
                    return;
                default:
                    throw new RegoEvalException(new Diagnostic("eval_conflict_error", "object keys must be unique", at));
            }
        }
        ObjectBuilder child;
        switch (existing)
        {
            case null:
                child = new ObjectBuilder();
                _entries[key] = child;
                break;
            case ObjectBuilder ob:
                child = ob;
                break;
            case ObjectValue ov:
                child = new ObjectBuilder();
                child.MergeBase(ov);
                _entries[key] = child;
                break;
            default:
                throw new RegoEvalException(new Diagnostic("eval_conflict_error", "object keys must be unique", at));
        }
        child.Insert(path, i + 1, value, at, merge);
    }

    public ObjectValue Build()
    {
        var map = new Dictionary<Value, Value>(_entries.Count);
        foreach (var kv in _entries) map[kv.Key] = kv.Value is ObjectBuilder ob ? ob.Build() : (Value)kv.Value;
        return new ObjectValue(map);
    }
}
