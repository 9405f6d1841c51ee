using Infra.Deployment;
using YamlDotNet.RepresentationModel;

namespace Infra.Components.Tests.Support;

/// <summary>Reads the platform's config as the engine sees it: Pulumi.yaml defaults overlaid with a stack file's values.</summary>
internal static class StackConfigFiles
{
    public static Dictionary<string, ConfigValue> Load(string stack)
    {
        var config = new Dictionary<string, ConfigValue>(StringComparer.Ordinal);
        var project = Read(System.IO.Path.Combine(RepositoryRoot.Path, "Pulumi.yaml"));
        foreach (var (key, value) in Mapping(project, "config"))
        {
            if (value is YamlMappingNode declared && declared.Children.TryGetValue(new YamlScalarNode("default"), out var fallback) && fallback is YamlScalarNode scalar)
            {
                config["platform:" + ((YamlScalarNode)key).Value] = new ConfigValue(scalar.Value ?? string.Empty, IsSecret: false);
            }
        }
        var stackFile = Read(System.IO.Path.Combine(RepositoryRoot.Path, "stacks", $"Pulumi.{stack}.yaml"));
        foreach (var (key, value) in Mapping(stackFile, "config"))
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
