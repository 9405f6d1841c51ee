using Infra.Engine.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Infra.Engine.Projects;

/// <summary>Loads small YAML documents (project and stack files) with positions and hostile-input limits.</summary>
internal static class YamlFiles
{
    /// <summary>Files larger than this are rejected before parsing.</summary>
    public const long MaxBytes = 4 * 1024 * 1024;

    private const int MaxDepth = 64;
    private const int MaxNodes = 200_000;

    /// <summary>Parses one YAML document; null when the file is empty.</summary>
    public static YamlNode? Load(string path, string displayPath)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new InputException($"{displayPath}: file not found.");
        }
        if (info.Length > MaxBytes)
        {
            throw new InputException($"{displayPath}: file is {info.Length} bytes; the limit for this file is {MaxBytes} bytes.");
        }
        string text;
        try
        {
            text = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(File.ReadAllBytes(path));
        }
        catch (System.Text.DecoderFallbackException)
        {
            throw new InputException($"{displayPath}: file is not valid UTF-8.");
        }
        return Parse(text, displayPath);
    }

    /// <summary>Parses YAML text.</summary>
    public static YamlNode? Parse(string text, string displayPath)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var message = (e.InnerException?.Message ?? e.Message).Split(" at line ")[0];
            throw new InputException(new SourceLocation(displayPath, e.Start.Line, e.Start.Column), $"invalid YAML: {message}");
        }
        if (stream.Documents.Count == 0)
        {
            return null;
        }
        if (stream.Documents.Count > 1)
        {
            throw new InputException($"{displayPath}: expected one YAML document, found {stream.Documents.Count}.");
        }
        var root = stream.Documents[0].RootNode;
        var count = 0;
        CheckShape(root, 0, ref count, displayPath, new HashSet<YamlNode>(ReferenceEqualityComparer.Instance));
        return root;
    }

    /// <summary>The location of a node.</summary>
    public static SourceLocation At(YamlNode node, string displayPath) => new(displayPath, node.Start.Line, node.Start.Column);

    /// <summary>The scalar text of a node, or an error naming the field.</summary>
    public static string Scalar(YamlNode node, string displayPath, string field) =>
        node is YamlScalarNode scalar ? scalar.Value ?? "" : throw new InputException(At(node, displayPath), $"'{field}' must be a single value, not a {Describe(node)}.");

    /// <summary>Describes a node's shape for messages.</summary>
    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "mapping",
        YamlSequenceNode => "list",
        _ => "value",
    };

    private static void CheckShape(YamlNode node, int depth, ref int count, string displayPath, HashSet<YamlNode> seen)
    {
        if (depth > MaxDepth)
        {
            throw new InputException(At(node, displayPath), $"nesting is deeper than {MaxDepth} levels.");
        }
        if (++count > MaxNodes)
        {
            throw new InputException(At(node, displayPath), $"document has more than {MaxNodes} nodes (aliases are counted at every use).");
        }
        if (!seen.Add(node))
        {
            // An alias points at a node already visited: count it again, do not expand it again.
            count += 1;
            return;
        }
        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (key, value) in mapping.Children)
                {
                    CheckShape(key, depth + 1, ref count, displayPath, seen);
                    CheckShape(value, depth + 1, ref count, displayPath, seen);
                }
                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                {
                    CheckShape(item, depth + 1, ref count, displayPath, seen);
                }
                break;
        }
    }
}
