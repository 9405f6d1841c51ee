using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Infra.Providers.Kubernetes.Provider;

/// <summary>Reads a rendered (possibly hand-edited) manifest file back into JSON, resolving plain scalars by the YAML core schema.</summary>
internal static class RenderedYamlReader
{
    public static JsonObject Read(string text, string path)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new ProviderException($"{path}:{e.Start.Line}:{e.Start.Column}: the rendered file is not valid YAML: {e.Message}", e);
        }

        return stream.Documents.Count > 0 && ToJson(stream.Documents[0].RootNode) is JsonObject manifest
            ? manifest
            : throw new ProviderException($"{path}: the rendered file does not hold a Kubernetes object");
    }

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new JsonObject(mapping.Children.Select(p =>
            KeyValuePair.Create(((YamlScalarNode)p.Key).Value ?? string.Empty, ToJson(p.Value)))),
        YamlSequenceNode sequence => new JsonArray(sequence.Children.Select(ToJson).ToArray()),
        YamlScalarNode scalar => Scalar(scalar),
        _ => null,
    };

    private static JsonNode? Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        if (scalar.Style is not ScalarStyle.Plain)
        {
            return JsonValue.Create(text);
        }

        return text switch
        {
            "" or "~" or "null" or "Null" or "NULL" => null,
            "true" or "True" or "TRUE" => JsonValue.Create(true),
            "false" or "False" or "FALSE" => JsonValue.Create(false),
            _ when long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer) => JsonValue.Create(integer),
            _ when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && !text.Contains(' ') => JsonValue.Create(number),
            _ => JsonValue.Create(text),
        };
    }
}
