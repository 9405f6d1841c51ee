using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Infra.Compositions.Yaml;

/// <summary>Reads YAML streams into JSON trees the way Kubernetes tooling does (go-yaml v2 scalar resolution).</summary>
internal static class YamlLoader
{
    private const int MaxDepth = 100;
    private const int MaxBlockColumn = 2048;

    /// <summary>How many JSON nodes a file may expand to (aliases counted at every use): a YAML bomb stops here.</summary>
    private const int MaxNodes = 100_000;

    /// <summary>Parses every non-empty document; on a syntax or limit error returns null and <c>line:col: message</c>.</summary>
    public static IReadOnlyList<JsonNode?>? LoadAll(string text, out string? error)
    {
        error = null;
        if (Infra.Shared.Yaml.YamlNestingScanner.FindTooDeep(text, MaxDepth, MaxBlockColumn) is { } deep)
        {
            error = $"{deep.Line}:{deep.Column}: {deep.Message}";
            return null;
        }
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
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet reports some malformed documents (stray events in flow collections) this way instead of as a YamlException.
            error = $"1:1: {e.Message}";
            return null;
        }
        var budget = new ExpansionBudget();
        try
        {
            return stream.Documents
                .Where(d => !(d.RootNode is YamlScalarNode s && s.Style == YamlDotNet.Core.ScalarStyle.Plain && string.IsNullOrEmpty(s.Value)))
                .Select(d => Convert(d.RootNode, 0, budget))
                .ToArray();
        }
        catch (LimitExceededException e)
        {
            error = $"{e.Node.Start.Line}:{e.Node.Start.Column}: {e.Message}";
            return null;
        }
    }

    private static JsonNode? Convert(YamlNode node, int depth, ExpansionBudget budget)
    {
        if (++budget.Nodes > MaxNodes)
        {
            throw new LimitExceededException(node, $"the document expands to more than {MaxNodes} nodes (YAML aliases are counted at every use)");
        }
        if (depth > MaxDepth)
        {
            throw new LimitExceededException(node, $"nesting is deeper than {MaxDepth} levels (aliases expanded)");
        }
        switch (node)
        {
            case YamlMappingNode mapping:
                {
                    var o = new JsonObject();
                    foreach (var (key, value) in mapping.Children)
                    {
                        var name = key is YamlScalarNode k ? k.Value ?? "" : Convert(key, depth + 1, budget)?.ToJsonString() ?? "null";
                        o[name] = Convert(value, depth + 1, budget);
                    }
                    return o;
                }
            case YamlSequenceNode sequence:
                return new JsonArray(sequence.Children.Select(c => Convert(c, depth + 1, budget)).ToArray());
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

    private sealed class ExpansionBudget
    {
        public int Nodes;
    }

    private sealed class LimitExceededException(YamlNode node, string message) : Exception(message)
    {
        public YamlNode Node { get; } = node;
    }
}
