using System.Text.Json;
using System.Text.RegularExpressions;
using Infra.Engine.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Infra.Engine.Projects;

/// <summary>Finds and reads Pulumi.yaml, validating every field it uses and naming file, line and key on error.</summary>
public static partial class ProjectLoader
{
    /// <summary>The project file name.</summary>
    public const string FileName = "Pulumi.yaml";

    private static readonly string[] KnownTypes = ["string", "integer", "boolean", "array"];

    /// <summary>Finds Pulumi.yaml in <paramref name="directory"/> or a parent folder.</summary>
    public static string Find(string directory)
    {
        for (var dir = new DirectoryInfo(directory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Pulumi.yml")))
            {
                throw new InputException($"{System.IO.Path.Combine(dir.FullName, "Pulumi.yml")}: the project file must be named Pulumi.yaml.");
            }
        }
        throw new InputException($"No Pulumi.yaml found in {directory} or any parent folder: run `infra new` to create a project, or cd into one.");
    }

    /// <summary>Loads and validates the project file at <paramref name="path"/>.</summary>
    public static ProjectFile Load(string path)
    {
        var display = System.IO.Path.GetFileName(path);
        var root = YamlFiles.Load(path, display) as YamlMappingNode
            ?? throw new InputException($"{display}: expected a mapping with at least 'name' and 'runtime'.");
        string? name = null, runtime = null, description = null, main = null, backend = null;
        var stackConfigDir = ".";
        var config = new Dictionary<string, ConfigSchemaEntry>(StringComparer.Ordinal);
        var packs = new List<string>();
        foreach (var (keyNode, value) in root.Children)
        {
            var key = YamlFiles.Scalar(keyNode, display, "key");
            switch (key)
            {
                case "name":
                    name = YamlFiles.Scalar(value, display, key);
                    if (!ProjectName().IsMatch(name))
                    {
                        throw new InputException(YamlFiles.At(value, display), $"'name' must start with a letter and contain only letters, digits, '-', '_' and '.', got '{name}'.");
                    }
                    break;
                case "runtime":
                    runtime = value is YamlMappingNode runtimeMap && runtimeMap.Children.TryGetValue(new YamlScalarNode("name"), out var runtimeName)
                        ? YamlFiles.Scalar(runtimeName, display, "runtime.name")
                        : YamlFiles.Scalar(value, display, key);
                    if (runtime != "dotnet")
                    {
                        throw new InputException(YamlFiles.At(value, display), $"'runtime' must be 'dotnet' for Infra programs, got '{runtime}'.");
                    }
                    break;
                case "description":
                    description = YamlFiles.Scalar(value, display, key);
                    break;
                case "main":
                    main = YamlFiles.Scalar(value, display, key);
                    break;
                case "stackConfigDir":
                    stackConfigDir = YamlFiles.Scalar(value, display, key);
                    break;
                case "backend":
                    backend = ReadBackend(value, display);
                    break;
                case "config":
                    ReadConfig(value, display, config, () => name);
                    break;
                case "policyPacks":
                    packs.AddRange(value is YamlSequenceNode list
                        ? list.Children.Select((n, i) => YamlFiles.Scalar(n, display, $"policyPacks[{i}]"))
                        : throw new InputException(YamlFiles.At(value, display), "'policyPacks' must be a list of folders."));
                    break;
                default:
                    // Pulumi.yaml has many more fields (template, plugins, options); Infra ignores those it does not use.
                    break;
            }
        }
        if (name is null)
        {
            throw new InputException($"{display}: missing required field 'name'.");
        }
        if (runtime is null)
        {
            throw new InputException($"{display}: missing required field 'runtime' (use 'dotnet').");
        }
        // Keys declared before 'name' was read were namespaced with a placeholder; fix them up.
        var finalConfig = config.Values
            .Select(e => e.Key.StartsWith("\0:", StringComparison.Ordinal) ? e with { Key = name + e.Key[1..] } : e)
            .ToDictionary(e => e.Key, StringComparer.Ordinal);
        return new ProjectFile(path, name, runtime, description, main, stackConfigDir, backend, finalConfig, packs);
    }

    private static string ReadBackend(YamlNode value, string display)
    {
        if (value is not YamlMappingNode map || !map.Children.TryGetValue(new YamlScalarNode("url"), out var url))
        {
            throw new InputException(YamlFiles.At(value, display), "'backend' must be a mapping with a 'url' (file://… or etcd://…).");
        }
        return YamlFiles.Scalar(url, display, "backend.url");
    }

    private static void ReadConfig(YamlNode value, string display, Dictionary<string, ConfigSchemaEntry> config, Func<string?> projectName)
    {
        if (value is not YamlMappingNode map)
        {
            throw new InputException(YamlFiles.At(value, display), "'config' must be a mapping of keys to declarations or default values.");
        }
        foreach (var (keyNode, declaration) in map.Children)
        {
            var key = YamlFiles.Scalar(keyNode, display, "config key");
            var fullKey = key.Contains(':', StringComparison.Ordinal) ? key : (projectName() ?? "\0") + ":" + key;
            var at = YamlFiles.At(keyNode, display);
            if (declaration is YamlMappingNode decl && (decl.Children.ContainsKey(new YamlScalarNode("type")) || decl.Children.ContainsKey(new YamlScalarNode("default")) || decl.Children.ContainsKey(new YamlScalarNode("value"))))
            {
                config[fullKey] = ReadDeclaration(fullKey, decl, display, at);
            }
            else
            {
                config[fullKey] = new ConfigSchemaEntry(fullKey, null, null, ToJson(declaration), false, null, at);
            }
        }
    }

    private static ConfigSchemaEntry ReadDeclaration(string key, YamlMappingNode decl, string display, SourceLocation at)
    {
        string? type = null, itemType = null, defaultJson = null, description = null;
        var secret = false;
        foreach (var (fieldNode, fieldValue) in decl.Children)
        {
            var field = YamlFiles.Scalar(fieldNode, display, "field");
            switch (field)
            {
                case "type":
                    type = YamlFiles.Scalar(fieldValue, display, $"config.{key}.type");
                    if (!KnownTypes.Contains(type))
                    {
                        throw new InputException(YamlFiles.At(fieldValue, display), $"config key '{key}': type must be one of {string.Join(", ", KnownTypes)}, got '{type}'.");
                    }
                    break;
                case "items":
                    itemType = fieldValue is YamlMappingNode items && items.Children.TryGetValue(new YamlScalarNode("type"), out var t)
                        ? YamlFiles.Scalar(t, display, $"config.{key}.items.type")
                        : throw new InputException(YamlFiles.At(fieldValue, display), $"config key '{key}': 'items' must be a mapping with a 'type'.");
                    break;
                case "default":
                case "value":
                    defaultJson = ToJson(fieldValue);
                    break;
                case "secret":
                    secret = YamlFiles.Scalar(fieldValue, display, $"config.{key}.secret") == "true";
                    break;
                case "description":
                    description = YamlFiles.Scalar(fieldValue, display, $"config.{key}.description");
                    break;
                default:
                    throw new InputException(YamlFiles.At(fieldNode, display), $"config key '{key}': unknown field '{field}' (expected type, items, default, secret, description).");
            }
        }
        if (type == "array" && itemType is null)
        {
            throw new InputException(at, $"config key '{key}': arrays must declare 'items: {{ type: … }}'.");
        }
        if (type is not null && defaultJson is not null)
        {
            var problem = ConfigTypeChecker.Check(type, itemType, defaultJson);
            if (problem is not null)
            {
                throw new InputException(at, $"config key '{key}': default {problem}.");
            }
        }
        return new ConfigSchemaEntry(key, type, itemType, defaultJson, secret, description, at);
    }

    /// <summary>Converts a YAML node to JSON text (scalars keep YAML 1.2 core typing).</summary>
    internal static string ToJson(YamlNode node) => YamlJson.ToElement(node)?.ToJsonString() ?? "null";

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_.-]*$")]
    private static partial Regex ProjectName();
}
