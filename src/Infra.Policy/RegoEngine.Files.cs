using Infra.Policy.Ast;
using Infra.Policy.Values;

namespace Infra.Policy;

public sealed partial class RegoEngine
{
    /// <summary>
    /// Loads a policy directory the way <c>opa eval -d DIR</c> does: every <c>*.rego</c> file becomes a module, and every
    /// <c>data.json</c>/<c>data.yaml</c> (or <c>*.json</c>/<c>*.yaml</c> data file) is merged into <c>data</c> under its folder path.
    /// Returns the diagnostics of files that could not be read or parsed.
    /// </summary>
    public IReadOnlyList<Diagnostic> LoadDirectory(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var diagnostics = new List<Diagnostic>();
        var data = _data;
        foreach (var file in Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var rel = Path.GetRelativePath(directory, file).Replace('\\', '/');
            var ext = Path.GetExtension(file).ToLowerInvariant();
            if (ext == ".rego")
            {
                diagnostics.AddRange(AddModule(rel, File.ReadAllText(file)));
                continue;
            }
            if (ext is not (".json" or ".yaml" or ".yml")) continue;
            var text = File.ReadAllText(file);
            Value? value;
            try
            {
                value = ext == ".json" ? JsonConvert.TryParse(text) : YamlToValue(text);
            }
            catch (YamlDotNet.Core.YamlException ex)
            {
                diagnostics.Add(new Diagnostic("data_error", ex.Message, new SourceSpan(rel, (int)Math.Max(1, ex.Start.Line), (int)Math.Max(1, ex.Start.Column))));
                continue;
            }
            if (value is null)
            {
                diagnostics.Add(new Diagnostic("data_error", "file is not valid JSON", new SourceSpan(rel, 1, 1)));
                continue;
            }
            var folder = Path.GetDirectoryName(rel)?.Replace('\\', '/') ?? "";
            var path = folder.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(p => (Value)new StringValue(p)).ToList();
            data = Merge(data, path, value);
        }
        _data = data;
        return diagnostics;
    }

    private static Value YamlToValue(string text)
    {
        var root = YamlValueReader.LoadRoot(text);
        return root is null ? ObjectValue.Empty : YamlValueReader.ToValue(root);
    }

    private static Value Merge(Value target, IReadOnlyList<Value> path, Value value)
    {
        if (path.Count == 0)
        {
            if (target is ObjectValue t && value is ObjectValue v) return Builtins.Objects.Union(t, v);
            return value;
        }
        var map = target is ObjectValue o ? o.ToDictionary() : new Dictionary<Value, Value>();
        map[path[0]] = Merge(map.GetValueOrDefault(path[0]) ?? ObjectValue.Empty, path.Skip(1).ToList(), value);
        return new ObjectValue(map);
    }
}
