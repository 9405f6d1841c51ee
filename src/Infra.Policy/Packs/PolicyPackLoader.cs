using System.Text.Json.Nodes;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Infra.Policy.Packs;

/// <summary>Reads <c>policy-pack.yaml</c>, naming file, line and field on every error.</summary>
public static class PolicyPackLoader
{
    /// <summary>The pack file name.</summary>
    public const string FileName = "policy-pack.yaml";

    private static readonly string[] Severities = ["low", "medium", "high", "critical"];

    /// <summary>Loads the pack in <paramref name="directory"/>; errors come back as messages, not exceptions.</summary>
    public static (PolicyPack? Pack, IReadOnlyList<string> Errors) Load(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!System.IO.Directory.Exists(directory))
        {
            return (null, [$"{directory}: policy pack folder not found."]);
        }
        if (!File.Exists(path))
        {
            return (null, [$"{path}: missing; a policy pack needs a {FileName} with at least 'name'."]);
        }
        var errors = new List<string>();
        YamlMappingNode root;
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(File.ReadAllText(path)));
            root = stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode map
                ? map
                : throw new YamlException($"expected one mapping");
        }
        catch (YamlException e)
        {
            return (null, [$"{path}:{e.Start.Line}:{e.Start.Column}: invalid pack file: {e.Message}"]);
        }
        string? name = null;
        var version = "0.0.0";
        JsonNode? config = null;
        var policies = new Dictionary<string, PolicySettings>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in root.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value;
            switch (key)
            {
                case "name":
                    name = Scalar(value);
                    break;
                case "version":
                    version = Scalar(value) ?? version;
                    break;
                case "description":
                    break;
                case "config":
                    config = ToJson(value);
                    break;
                case "policies":
                    if (value is not YamlSequenceNode list)
                    {
                        errors.Add($"{path}:{value.Start.Line}:{value.Start.Column}: 'policies' must be a list.");
                        break;
                    }
                    for (var i = 0; i < list.Children.Count; i++)
                    {
                        var policy = ReadPolicy(list.Children[i], $"{path}:{list.Children[i].Start.Line}:{list.Children[i].Start.Column}: policies[{i}]", errors);
                        if (policy is not null)
                        {
                            policies[policy.Package] = policy;
                        }
                    }
                    break;
                default:
                    errors.Add($"{path}:{keyNode.Start.Line}:{keyNode.Start.Column}: unknown field '{key}' (expected name, version, description, policies, config).");
                    break;
            }
        }
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add($"{path}: missing required field 'name'.");
        }
        if (!System.IO.Directory.EnumerateFiles(directory, "*.rego", SearchOption.AllDirectories).Any(f => !f.EndsWith("_test.rego", StringComparison.Ordinal)))
        {
            errors.Add($"{directory}: the pack has no .rego policy files.");
        }
        return errors.Count > 0 ? (null, errors) : (new PolicyPack(name!, version, directory, policies, config), []);
    }

    private static PolicySettings? ReadPolicy(YamlNode node, string where, List<string> errors)
    {
        if (node is not YamlMappingNode map)
        {
            errors.Add($"{where}: must be a mapping with name, package and enforcement.");
            return null;
        }
        string? Get(string field) => map.Children.TryGetValue(new YamlScalarNode(field), out var v) ? Scalar(v) : null;
        var unknown = map.Children.Keys.Select(k => ((YamlScalarNode)k).Value).Where(k => k is not ("name" or "package" or "enforcement" or "severity" or "description" or "remediation")).ToList();
        foreach (var field in unknown)
        {
            errors.Add($"{where}: unknown field '{field}'.");
        }
        var name = Get("name");
        var package = Get("package") ?? name;
        if (name is null || package is null)
        {
            errors.Add($"{where}: 'name' is required.");
            return null;
        }
        var enforcementText = Get("enforcement") ?? "mandatory";
        if (!Enum.TryParse<Enforcement>(enforcementText, ignoreCase: true, out var enforcement) || !Enum.IsDefined(enforcement))
        {
            errors.Add($"{where}.enforcement: must be advisory, mandatory or disabled, got '{enforcementText}'.");
            return null;
        }
        var severity = Get("severity") ?? "medium";
        if (!Severities.Contains(severity))
        {
            errors.Add($"{where}.severity: must be one of {string.Join(", ", Severities)}, got '{severity}'.");
            return null;
        }
        return new PolicySettings(name, package, enforcement, severity, Get("description"), Get("remediation"));
    }

    private static string? Scalar(YamlNode node) => node is YamlScalarNode s ? s.Value : null;

    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(p => KeyValuePair.Create(((YamlScalarNode)p.Key).Value ?? "", ToJson(p.Value)))),
        YamlSequenceNode list => new JsonArray(list.Children.Select(ToJson).ToArray()),
        YamlScalarNode { Style: ScalarStyle.Plain } s when s.Value is "true" or "false" => JsonValue.Create(s.Value == "true"),
        YamlScalarNode { Style: ScalarStyle.Plain } s when long.TryParse(s.Value, out var n) => JsonValue.Create(n),
        YamlScalarNode { Style: ScalarStyle.Plain } s when s.Value is "null" or "~" or "" => null,
        YamlScalarNode s => JsonValue.Create(s.Value),
        _ => null,
    };
}
