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
    private const int MaxBlockColumn = 1024;
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

    /// <summary>
    /// Parses a tiny document so that the parser's one-time set-up (static constructors that compile a regular
    /// expression) is done; the CLI runs it on another core while it sets up the console and its commands.
    /// </summary>
    public static void WarmUp() => Parse("name: warm-up\n", "(warm-up)");

    /// <summary>Parses YAML text.</summary>
    public static YamlNode? Parse(string text, string displayPath)
    {
        if (Infra.Shared.Yaml.YamlNestingScanner.FindTooDeep(text, MaxDepth, MaxBlockColumn) is { } deep)
        {
            throw new InputException(new SourceLocation(displayPath, deep.Line, deep.Column), deep.Message);
        }
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
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet reports some malformed documents (stray events in flow collections) this way instead of as a YamlException.
            throw new InputException(new SourceLocation(displayPath, 1, 1), $"invalid YAML: {e.Message}");
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
        CheckShape(root, 0, displayPath, new Dictionary<YamlNode, (long Nodes, int Height)>(ReferenceEqualityComparer.Instance));
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

    /// <summary>
    /// Size and height of a node as a reader sees it, aliases expanded: an alias counts the whole subtree it points
    /// at, so a billion-laughs document is refused by its expanded size without ever being expanded.
    /// </summary>
    private static (long Nodes, int Height) CheckShape(YamlNode node, int depth, string displayPath, Dictionary<YamlNode, (long Nodes, int Height)> measured)
    {
        if (measured.TryGetValue(node, out var known))
        {
            Limit(node, depth, known, displayPath);
            return known;
        }
        if (depth > MaxDepth)
        {
            throw new InputException(At(node, displayPath), $"nesting is deeper than {MaxDepth} levels.");
        }
        var children = node switch
        {
            YamlMappingNode mapping => mapping.Children.SelectMany(p => new[] { p.Key, p.Value }),
            YamlSequenceNode sequence => sequence.Children,
            _ => [],
        };
        var size = (Nodes: 1L, Height: 0);
        foreach (var child in children)
        {
            var (nodes, height) = CheckShape(child, depth + 1, displayPath, measured);
            size = (size.Nodes + nodes, Math.Max(size.Height, height + 1));
            Limit(node, depth, size, displayPath);
        }
        measured[node] = size;
        return size;
    }

    private static void Limit(YamlNode node, int depth, (long Nodes, int Height) size, string displayPath)
    {
        if (size.Nodes > MaxNodes)
        {
            throw new InputException(At(node, displayPath), $"document has more than {MaxNodes} nodes (aliases are counted at every use).");
        }
        if (depth + size.Height > MaxDepth)
        {
            throw new InputException(At(node, displayPath), $"nesting is deeper than {MaxDepth} levels (aliases expanded).");
        }
    }
}
