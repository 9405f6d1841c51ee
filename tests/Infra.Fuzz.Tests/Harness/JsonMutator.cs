using System.Text.Json.Nodes;

namespace Infra.Fuzz.Tests.Harness;

/// <summary>
/// Structure-aware mutations of a JSON document (plan files, state exports): picks a node of the tree and replaces,
/// removes, duplicates or retypes it, so the result stays well-formed JSON and reaches the semantic checks.
/// </summary>
public sealed class JsonMutator(System.Random random)
{
    /// <summary>Mutates a parsed copy of <paramref name="seed"/>; null when the seed is not JSON.</summary>
    public byte[]? Mutate(byte[] seed)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(seed);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
        if (root is null)
        {
            return null;
        }
        for (var rounds = random.Next(1, 4); rounds > 0; rounds--)
        {
            var nodes = new List<JsonNode>();
            Collect(root, nodes);
            var node = nodes[random.Next(nodes.Count)];
            if (node == root)
            {
                continue;
            }
            Apply(node);
        }
        return System.Text.Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    private static void Collect(JsonNode node, List<JsonNode> into)
    {
        into.Add(node);
        switch (node)
        {
            case JsonObject o:
                foreach (var (_, child) in o)
                {
                    if (child is not null)
                    {
                        Collect(child, into);
                    }
                }
                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    if (child is not null)
                    {
                        Collect(child, into);
                    }
                }
                break;
        }
    }

    private void Apply(JsonNode node)
    {
        var parent = node.Parent!;
        switch (random.Next(6))
        {
            case 0:
                Replace(parent, node, RandomValue());
                break;
            case 1:
                Remove(parent, node);
                break;
            case 2 when parent is JsonArray array:
                array.Add(node.DeepClone());
                break;
            case 3 when parent is JsonObject o:
                var name = node.GetPropertyName();
                o.Remove(name);
                o[name + (random.Next(2) == 0 ? "_" : "")] = random.Next(2) == 0 ? node : RandomValue();
                break;
            case 4 when parent is JsonArray array2 && array2.Count > 1:
                array2.Remove(node);
                array2.Insert(random.Next(array2.Count + 1), node);
                break;
            default:
                Replace(parent, node, Wrap(node.DeepClone()));
                break;
        }
    }

    private JsonNode? RandomValue() => random.Next(10) switch
    {
        0 => null,
        1 => JsonValue.Create(-1),
        2 => JsonValue.Create(long.MaxValue),
        3 => JsonValue.Create(""),
        4 => JsonValue.Create("urn:pulumi:dev::fuzzproj::files:index:Thing::thing-0"),
        5 => new JsonArray(),
        6 => new JsonObject(),
        7 => JsonValue.Create(true),
        8 => JsonValue.Create(1.5e300),
        _ => JsonValue.Create(new string('x', random.Next(1, 3000))),
    };

    private JsonNode Wrap(JsonNode node) => random.Next(2) == 0 ? new JsonArray(node) : new JsonObject { ["v"] = node };

    private static void Replace(JsonNode parent, JsonNode node, JsonNode? value)
    {
        if (parent is JsonObject o)
        {
            o[node.GetPropertyName()] = value;
        }
        else if (parent is JsonArray a)
        {
            a[node.GetElementIndex()] = value;
        }
    }

    private static void Remove(JsonNode parent, JsonNode node)
    {
        if (parent is JsonObject o)
        {
            o.Remove(node.GetPropertyName());
        }
        else if (parent is JsonArray a)
        {
            a.Remove(node);
        }
    }
}
