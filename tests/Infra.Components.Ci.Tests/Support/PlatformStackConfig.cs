using Infra.Deployment;
using YamlDotNet.RepresentationModel;

namespace Infra.Components.Ci.Tests.Support;

/// <summary>The platform stack's config as the engine sees it: Pulumi.yaml defaults overlaid with <c>stacks/Pulumi.&lt;stack&gt;.yaml</c>.</summary>
internal static class PlatformStackConfig
{
    internal static Dictionary<string, ConfigValue> Load(string stack)
    {
        var root = RepositoryRoot.Find();
        var config = new Dictionary<string, ConfigValue>(StringComparer.Ordinal);
        foreach (var (key, value) in Mapping(Read(Path.Combine(root, "Pulumi.yaml")), "config"))
        {
            if (value is YamlMappingNode declared && declared.Children.TryGetValue(new YamlScalarNode("default"), out var fallback) && fallback is YamlScalarNode scalar)
            {
                config["platform:" + ((YamlScalarNode)key).Value] = new ConfigValue(scalar.Value ?? string.Empty, IsSecret: false);
            }
        }
        foreach (var (key, value) in Mapping(Read(Path.Combine(root, "stacks", $"Pulumi.{stack}.yaml")), "config"))
        {
            config[((YamlScalarNode)key).Value!] = new ConfigValue(((YamlScalarNode)value).Value ?? string.Empty, IsSecret: false);
        }
        return config;
    }

    private static YamlMappingNode Read(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static IEnumerable<KeyValuePair<YamlNode, YamlNode>> Mapping(YamlMappingNode root, string key) =>
        root.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlMappingNode mapping ? mapping.Children : [];
}
