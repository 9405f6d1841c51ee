using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Infra.Compositions.Yaml;

/// <summary>Reads YAML streams into JSON trees the way Kubernetes tooling does (go-yaml v2 scalar resolution).</summary>
internal static class YamlLoader
{
    /// <summary>Parses every non-empty document; on a syntax error returns null and <c>line:col: message</c>.</summary>
    public static IReadOnlyList<JsonNode?>? LoadAll(string text, out string? error)
    {
        error = null;
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var message = e.InnerException is YamlException inner ? inner.Message : e.Message;
            error = $"{e.Start.Line}:{e.Start.Column}: {message}";
            return null;
        }
        return stream.Documents
            .Where(d => !(d.RootNode is YamlScalarNode s && s.Style == YamlDotNet.Core.ScalarStyle.Plain && string.IsNullOrEmpty(s.Value)))
            .Select(d => Convert(d.RootNode))
            .ToArray();
    }

    private static JsonNode? Convert(YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                {
                    var o = new JsonObject();
                    foreach (var (key, value) in mapping.Children)
                    {
                        var name = key is YamlScalarNode k ? k.Value ?? "" : key.ToString();
                        o[name] = Convert(value);
                    }
                    return o;
                }
            case YamlSequenceNode sequence:
                return new JsonArray(sequence.Children.Select(Convert).ToArray());
            case YamlScalarNode scalar:
                var text = scalar.Value ?? "";
                if (scalar.Tag.IsEmpty && scalar.Style == YamlDotNet.Core.ScalarStyle.Plain) return YamlScalars.Resolve(text);
                if (!scalar.Tag.IsEmpty && scalar.Tag.Value is "tag:yaml.org,2002:int" or "tag:yaml.org,2002:float" or "tag:yaml.org,2002:bool" or "tag:yaml.org,2002:null")
                    return YamlScalars.Resolve(text);
                return JsonValue.Create(text);
            default:
                return null;
        }
    }
}
