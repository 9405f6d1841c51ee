using Infra.Policy.Values;
using YamlDotNet.Core;

namespace Infra.Policy.Parsing;

/// <summary>Finds <c># METADATA</c> comment blocks and parses their YAML; each applies to the statement on the next line.</summary>
internal static class MetadataScanner
{
    public static Dictionary<int, ObjectValue> Scan(string source)
    {
        var result = new Dictionary<int, ObjectValue>();
        var lines = source.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "# METADATA") continue;
            var yaml = new List<string>();
            var j = i + 1;
            for (; j < lines.Length && lines[j].TrimStart().StartsWith('#'); j++)
            {
                var text = lines[j].TrimStart()[1..];
                yaml.Add(text.StartsWith(' ') ? text[1..] : text);
            }
            if (j >= lines.Length) continue;
            try
            {
                var root = YamlValueReader.LoadRoot(string.Join('\n', yaml));
                var value = root is null ? ObjectValue.Empty : (ObjectValue)YamlValueReader.ToValue(root);
                result[j + 1] = Normalize(value);
            }
            catch (YamlException)
            {
                // Malformed metadata is ignored rather than failing the module.
            }
            i = j - 1;
        }
        return result;
    }

    private static ObjectValue Normalize(ObjectValue v)
    {
        var map = v.ToDictionary();
        if (map.TryGetValue(new StringValue("authors"), out var authors) && authors is ArrayValue list)
        {
            map[new StringValue("authors")] = new ArrayValue(list.Items.Select(Author).ToArray());
        }
        return new ObjectValue(map);
    }

    private static Value Author(Value a)
    {
        if (a is not StringValue s) return a;
        var text = s.Value.Trim();
        var lt = text.IndexOf('<');
        var entry = new Dictionary<Value, Value>();
        if (lt >= 0 && text.EndsWith('>'))
        {
            var name = text[..lt].Trim();
            if (name.Length > 0) entry[new StringValue("name")] = new StringValue(name);
            entry[new StringValue("email")] = new StringValue(text[(lt + 1)..^1]);
        }
        else entry[new StringValue("name")] = new StringValue(text);
        return new ObjectValue(entry);
    }
}
