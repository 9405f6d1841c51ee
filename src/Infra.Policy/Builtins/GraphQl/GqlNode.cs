using Infra.Policy.Values;

namespace Infra.Policy.Builtins.GraphQl;

/// <summary>
/// A gqlparser AST node as a property bag (field name → string, bool, int, node, list). Converting to a Rego value
/// drops null and empty-list fields and the position, as OPA's GraphQL builtins do.
/// </summary>
internal sealed class GqlNode : Dictionary<string, object?>
{
    public GqlNode(int line, int column)
        : base(StringComparer.Ordinal)
    {
        Line = line;
        Column = column;
    }

    public int Line { get; }

    public int Column { get; }

    public string Str(string key) => TryGetValue(key, out var v) && v is string s ? s : "";

    public GqlNode? Node(string key) => TryGetValue(key, out var v) ? v as GqlNode : null;

    public List<GqlNode> Nodes(string key) => TryGetValue(key, out var v) && v is List<GqlNode> l ? l : [];

    public List<string> Strings(string key) => TryGetValue(key, out var v) && v is List<string> l ? l : [];

    public Value ToValue()
    {
        var map = new Dictionary<Value, Value>();
        foreach (var (k, v) in this)
        {
            var val = Convert(v);
            if (val is not null) map[new StringValue(k)] = val;
        }
        return new ObjectValue(map);
    }

    private static Value? Convert(object? v) => v switch
    {
        null => null,
        string s => new StringValue(s),
        bool b => BoolValue.Of(b),
        int i => NumberValue.Of(i),
        GqlNode n => n.ToValue(),
        List<GqlNode> { Count: 0 } => null,
        List<GqlNode> l => new ArrayValue(l.Select(x => x.ToValue()).ToArray()),
        List<string> { Count: 0 } => null,
        List<string> l => new ArrayValue(l.Select(x => (Value)new StringValue(x)).ToArray()),
        _ => null,
    };
}
