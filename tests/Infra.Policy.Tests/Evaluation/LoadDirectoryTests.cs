namespace Infra.Policy.Tests.Evaluation;

public sealed class LoadDirectoryTests
{
    [Fact]
    public async Task LoadDirectory_PolicyAndDataFiles_EvaluatesAgainstMergedData()
    {
        var dir = Directory.CreateTempSubdirectory("rego-load-");
        try
        {
            Directory.CreateDirectory(Path.Combine(dir.FullName, "limits"));
            File.WriteAllText(Path.Combine(dir.FullName, "policy.rego"), "package gate\ndeny contains n if { some n, v in input.replicas; v > data.limits.max }");
            File.WriteAllText(Path.Combine(dir.FullName, "limits", "data.yaml"), "max: 3\n");
            var engine = new RegoEngine();
            Assert.Empty(engine.LoadDirectory(dir.FullName));
            var result = await engine.EvaluateAsync("x := data.gate.deny", System.Text.Json.Nodes.JsonNode.Parse("{\"replicas\": {\"web\": 5, \"db\": 1}}"), CancellationToken.None);
            Assert.Equal("[\"web\"]", Assert.Single(result.Rows)["x"]!.ToJsonString());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void LoadDirectory_BadModule_ReturnsDiagnosticWithRelativePath()
    {
        var dir = Directory.CreateTempSubdirectory("rego-load-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "bad.rego"), "package x\np := [");
            var d = Assert.Single(new RegoEngine().LoadDirectory(dir.FullName));
            Assert.Equal("bad.rego:2:7: error rego_parse_error: unexpected eof token: expected term", d.ToString().Split('\n')[0]);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
