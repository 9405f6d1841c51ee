using YamlDotNet.RepresentationModel;

namespace Infra.Components.Tests.Support;

/// <summary>The shell steps (in order) and the plain variables of a GitHub Actions workflow or a GitLab CI file.</summary>
internal sealed record CiWorkflow(IReadOnlyList<CiStep> Steps, IReadOnlyDictionary<string, string> Variables)
{
    private static readonly HashSet<string> GitLabKeywords = new(StringComparer.Ordinal)
    {
        "stages", "default", "variables", "workflow", "include", "image", "services", "before_script", "after_script", "cache",
    };

    public static CiWorkflow Load(string path)
    {
        var stream = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            stream.Load(reader);
        }
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        return root.Children.ContainsKey(new YamlScalarNode("jobs")) ? GitHub(root) : GitLab(root);
    }

    /// <summary>Jobs in file order, each job's <c>run:</c> steps in order; variables from the top-level <c>env:</c>.</summary>
    private static CiWorkflow GitHub(YamlMappingNode root)
    {
        var steps = new List<CiStep>();
        foreach (var (name, job) in ((YamlMappingNode)root["jobs"]).Children)
        {
            foreach (var step in ((YamlSequenceNode)((YamlMappingNode)job)["steps"]).Children.Cast<YamlMappingNode>())
            {
                if (step.Children.TryGetValue(new YamlScalarNode("run"), out var run))
                {
                    steps.Add(new CiStep(((YamlScalarNode)name).Value!, ((YamlScalarNode)run).Value!));
                }
            }
        }
        return new CiWorkflow(steps, Scalars(root, "env"));
    }

    /// <summary>Jobs in file order (keys that are not keywords or hidden), each <c>script:</c> entry in order; top-level <c>variables:</c>.</summary>
    private static CiWorkflow GitLab(YamlMappingNode root)
    {
        var steps = new List<CiStep>();
        foreach (var (key, job) in root.Children)
        {
            var name = ((YamlScalarNode)key).Value!;
            if (GitLabKeywords.Contains(name) || name.StartsWith('.') || job is not YamlMappingNode mapping
                || !mapping.Children.TryGetValue(new YamlScalarNode("script"), out var script))
            {
                continue;
            }
            steps.AddRange(((YamlSequenceNode)script).Children.Select(line => new CiStep(name, ((YamlScalarNode)line).Value!)));
        }
        return new CiWorkflow(steps, Scalars(root, "variables"));
    }

    /// <summary>The mapping's plain values; ones the forge fills in (<c>${{ … }}</c>) are left out.</summary>
    private static Dictionary<string, string> Scalars(YamlMappingNode root, string key)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlMappingNode mapping)
        {
            foreach (var (name, value) in mapping.Children)
            {
                if (value is YamlScalarNode { Value: { } text } && !text.Contains("${{", StringComparison.Ordinal))
                {
                    values[((YamlScalarNode)name).Value!] = text;
                }
            }
        }
        return values;
    }
}
