using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Infra.Engine.Projects;

/// <summary>Converts YAML nodes to JSON using YAML 1.2 core schema typing (plain <c>true</c>, <c>42</c>, <c>null</c>; quoted scalars stay strings).</summary>
internal static class YamlJson
{
    /// <summary>Converts a node to a JSON node.</summary>
    public static JsonNode? ToElement(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(p => KeyValuePair.Create(((YamlScalarNode)p.Key).Value ?? "", ToElement(p.Value)))),
        YamlSequenceNode list => new JsonArray(list.Children.Select(ToElement).ToArray()),
        YamlScalarNode scalar => Scalar(scalar),
        _ => null,
    };

    /// <summary>The scalar's text as the user would compare it (numbers and booleans in canonical form).</summary>
    public static string ScalarText(YamlNode node) => node is YamlScalarNode s ? s.Value ?? "" : ToElement(node)?.ToJsonString() ?? "null";

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? "";
        if (scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded)
        {
            return JsonValue.Create(text);
        }
        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
            case "true" or "True" or "TRUE":
                return JsonValue.Create(true);
            case "false" or "False" or "FALSE":
                return JsonValue.Create(false);
        }
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return JsonValue.Create(integer);
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) && (char.IsDigit(text[^1]) || text[^1] == '.'))
        {
            return JsonValue.Create(number);
        }
        return JsonValue.Create(text);
    }
}
