using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Infra.Policy.Values;

/// <summary>Reads YAML into values under YAML 1.2 core rules, keeping numbers exact.</summary>
internal static partial class YamlValueReader
{
    [GeneratedRegex(@"^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$")]
    private static partial Regex NumberPattern();

    public static YamlMappingNode? LoadRoot(string text)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode as YamlMappingNode;
    }

    public static Value ToValue(YamlNode node)
    {
        switch (node)
        {
            case YamlScalarNode s:
                return Scalar(s);
            case YamlSequenceNode seq:
                return new ArrayValue(seq.Children.Select(ToValue).ToArray());
            case YamlMappingNode map:
                var d = new Dictionary<Value, Value>();
                foreach (var kv in map.Children)
                {
                    var key = kv.Key is YamlScalarNode ks ? ks.Value ?? "" : kv.Key.ToString();
                    d[new StringValue(key)] = ToValue(kv.Value);
                }
                return new ObjectValue(d);
            default:
                return NullValue.Instance;
        }
    }

    private static Value Scalar(YamlScalarNode s)
    {
        var text = s.Value ?? "";
        if (s.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded)
            return new StringValue(text);
        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL": return NullValue.Instance;
            case "true" or "True" or "TRUE": return BoolValue.True;
            case "false" or "False" or "FALSE": return BoolValue.False;
        }
        if (NumberPattern().IsMatch(text) && NumberValue.Parse(text.TrimStart('+')) is { } n) return n;
        return new StringValue(text);
    }
}
