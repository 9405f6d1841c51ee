namespace Infra.Policy.Packs;

/// <summary>Runs <c>test_*</c> rules of <c>*_test.rego</c> files, like <c>opa test</c>.</summary>
public static class PolicyTester
{
    /// <summary>One folder's test run.</summary>
    /// <param name="Directory">The folder.</param>
    /// <param name="Results">Test results.</param>
    /// <param name="Errors">Parse or compile errors.</param>
    public sealed record FolderResult(string Directory, IReadOnlyList<RegoTestResult> Results, IReadOnlyList<string> Errors);

    /// <summary>Runs the tests of every folder under <paramref name="root"/> that holds <c>*_test.rego</c> files.</summary>
    public static async Task<IReadOnlyList<FolderResult>> RunAsync(string root, CancellationToken cancellationToken)
    {
        var folders = Directory.EnumerateFiles(root, "*_test.rego", SearchOption.AllDirectories)
            .Select(f => Path.GetDirectoryName(f)!)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var results = new List<FolderResult>();
        foreach (var folder in folders)
        {
            var engine = new RegoEngine(new RegoOptions { Timeout = TimeSpan.FromSeconds(60) });
            var errors = new List<string>();
            foreach (var file in Directory.EnumerateFiles(folder, "*.rego", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal))
            {
                errors.AddRange(engine.AddModule(Path.GetRelativePath(Directory.GetCurrentDirectory(), file), await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false)).Select(d => d.ToString()));
            }
            var pack = PolicyPackLoader.Load(folder).Pack;
            engine.SetData(new System.Text.Json.Nodes.JsonObject { ["config"] = pack?.Config?.DeepClone() ?? new System.Text.Json.Nodes.JsonObject() });
            var tests = errors.Count == 0 ? await engine.RunTestsAsync(cancellationToken).ConfigureAwait(false) : [];
            results.Add(new FolderResult(folder, tests, errors));
        }
        return results;
    }
}
