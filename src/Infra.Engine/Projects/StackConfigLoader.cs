using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Infra.Engine.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace Infra.Engine.Projects;

/// <summary>Reads and writes <c>Pulumi.&lt;stack&gt;.yaml</c> in Pulumi's format.</summary>
public static class StackConfigLoader
{
    /// <summary>Loads a stack file; a missing file is an empty config.</summary>
    public static StackConfigFile Load(ProjectFile project, string stack)
    {
        var path = project.StackConfigPath(stack);
        var display = System.IO.Path.GetRelativePath(project.Directory, path);
        if (!File.Exists(path))
        {
            return new StackConfigFile(path, false, null, null, null, new Dictionary<string, StackConfigEntry>());
        }
        var root = YamlFiles.Load(path, display);
        if (root is null)
        {
            return new StackConfigFile(path, true, null, null, null, new Dictionary<string, StackConfigEntry>());
        }
        if (root is not YamlMappingNode map)
        {
            throw new InputException(YamlFiles.At(root, display), "a stack file must be a mapping (config:, encryptionsalt:, secretsprovider:).");
        }
        string? salt = null, provider = null, key = null;
        var values = new Dictionary<string, StackConfigEntry>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in map.Children)
        {
            var field = YamlFiles.Scalar(keyNode, display, "key");
            switch (field)
            {
                case "encryptionsalt":
                    salt = YamlFiles.Scalar(value, display, field);
                    break;
                case "secretsprovider":
                    provider = YamlFiles.Scalar(value, display, field);
                    break;
                case "encryptedkey":
                    key = YamlFiles.Scalar(value, display, field);
                    break;
                case "config":
                    ReadValues(value, display, project.Name, values);
                    break;
                default:
                    throw new InputException(YamlFiles.At(keyNode, display), $"unknown field '{field}' (expected config, encryptionsalt, secretsprovider or encryptedkey).");
            }
        }
        return new StackConfigFile(path, true, salt, provider, key, values);
    }

    /// <summary>Writes a stack file (keys sorted, so diffs in review stay small).</summary>
    public static async Task SaveAsync(StackConfigFile file, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        if (file.SecretsProvider is not null)
        {
            text.Append("secretsprovider: ").AppendLine(Quote(file.SecretsProvider));
        }
        if (file.EncryptedKey is not null)
        {
            text.Append("encryptedkey: ").AppendLine(Quote(file.EncryptedKey));
        }
        if (file.EncryptionSalt is not null)
        {
            text.Append("encryptionsalt: ").AppendLine(Quote(file.EncryptionSalt));
        }
        if (file.Values.Count > 0)
        {
            text.AppendLine("config:");
            foreach (var entry in file.Values.Values.OrderBy(v => v.Key, StringComparer.Ordinal))
            {
                text.Append("  ").Append(Quote(entry.Key)).Append(':');
                if (entry.Ciphertext is not null)
                {
                    text.AppendLine().Append("    secure: ").AppendLine(Quote(entry.Ciphertext));
                }
                else
                {
                    text.Append(' ').AppendLine(JsonAsYaml(entry.Json!));
                }
            }
        }
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file.Path)!);
        await File.WriteAllTextAsync(file.Path, text.ToString(), cancellationToken).ConfigureAwait(false);
    }

    private static void ReadValues(YamlNode node, string display, string project, Dictionary<string, StackConfigEntry> values)
    {
        if (node is not YamlMappingNode map)
        {
            throw new InputException(YamlFiles.At(node, display), "'config' must be a mapping of 'namespace:key' to values.");
        }
        foreach (var (keyNode, value) in map.Children)
        {
            var key = YamlFiles.Scalar(keyNode, display, "config key");
            var at = YamlFiles.At(keyNode, display);
            var full = key.Contains(':', StringComparison.Ordinal) ? key : project + ":" + key;
            if (value is YamlMappingNode secure && secure.Children.Count == 1 && secure.Children.TryGetValue(new YamlScalarNode("secure"), out var cipher))
            {
                values[full] = new StackConfigEntry(full, null, YamlFiles.Scalar(cipher, display, $"config.{key}.secure"), at);
            }
            else
            {
                values[full] = new StackConfigEntry(full, ProjectLoader.ToJson(value), null, at);
            }
        }
    }

    private static string Quote(string text) =>
        text.Length > 0 && text.All(c => char.IsLetterOrDigit(c) || c is ':' or '-' or '_' or '.' or '/' or '+' or '=') && !char.IsDigit(text[0]) && text is not ("true" or "false" or "null" or "yes" or "no" or "on" or "off")
            ? text
            : "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static string JsonAsYaml(string json)
    {
        var node = JsonNode.Parse(json);
        return node switch
        {
            JsonValue v when v.TryGetValue<string>(out var s) => Quote(s),
            null => "null",
            _ => node.ToJsonString(),
        };
    }
}
