using Infra.Policy.Values;

namespace Infra.Policy.Builtins.GraphQl;

/// <summary>Turns an AST given as a Rego object (as <c>graphql.parse_*</c> return them) back into nodes.</summary>
internal static class GqlAstReader
{
    public static GqlNode Read(ObjectValue o)
    {
        var node = new GqlNode(0, 0);
        foreach (var kv in o.Entries)
        {
            if (kv.Key is not StringValue k) continue;
            node[k.Value] = kv.Value switch
            {
                StringValue s => s.Value,
                BoolValue b => b.Value,
                NumberValue n => n.TryGetInt64(out var i) ? (int)i : 0,
                ObjectValue child => Read(child),
                ArrayValue a when a.Items.All(x => x is StringValue) && a.Count > 0 => a.Items.Select(x => ((StringValue)x).Value).ToList(),
                ArrayValue a => a.Items.OfType<ObjectValue>().Select(Read).ToList(),
                _ => null,
            };
        }
        return node;
    }
}
