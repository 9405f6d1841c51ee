using System.Text.Json.Nodes;
using System.Xml.Linq;
using Infra.Engine.Tests.Support;
using Infra.TestPrograms;

namespace Infra.Engine.Tests.Policy;

public sealed class PolicyGateTests
{
    private const string Pack = """
        name: test-pack
        version: 2.0.0
        policies:
          - name: no-forbidden-content
            package: test.content
            enforcement: mandatory
            severity: high
            remediation: Change the content.
          - name: prefer-short-names
            package: test.names
            enforcement: advisory
            severity: low
        """;

    private const string ContentRego = """
        package test.content

        deny contains {"msg": sprintf("%s has forbidden content", [r.name]), "urn": r.urn} if {
        	some r in input.resources
        	r.type == "files:index:Thing"
        	r.inputs.content == "forbidden"
        }
        """;

    private const string NamesRego = """
        package test.names

        warn contains sprintf("%s has a long name", [r.name]) if {
        	some r in input.resources
        	r.type == "files:index:Thing"
        	count(r.name) > 10
        }
        """;

    private static void WritePack(TempProject project, string pack = Pack, string content = ContentRego)
    {
        Directory.CreateDirectory(project.Path("pack"));
        File.WriteAllText(project.Path("pack/policy-pack.yaml"), pack);
        File.WriteAllText(project.Path("pack/content.rego"), content);
        File.WriteAllText(project.Path("pack/names.rego"), NamesRego);
    }

    private static Action<LambdaStack> Body(string content) => s => _ = new FileThing("a-rather-long-name", new FileThingArgs { Content = content });

    [Fact]
    public async Task MandatoryViolation_BlocksUp_BeforeAnyProviderCall()
    {
        using var project = new TempProject();
        WritePack(project);
        var run = await project.RunAsync(Body("forbidden"), "up", "--stack", "dev", "--yes", "--policy-pack", "pack");
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("[mandatory] test-pack/no-forbidden-content (high): a-rather-long-name has forbidden content", run.Error);
        Assert.Contains("fix: Change the content.", run.Error);
        Assert.Contains("blocked by policy", run.Out + run.Error);
        Assert.Empty(project.Calls());
        Assert.Empty(project.WorldFiles());
    }

    [Fact]
    public async Task AdvisoryViolation_Warns_AndUpProceeds()
    {
        using var project = new TempProject();
        WritePack(project);
        var run = await project.RunAsync(Body("fine"), "up", "--stack", "dev", "--yes", "--policy-pack", "pack");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("[advisory] test-pack/prefer-short-names (low): a-rather-long-name has a long name", run.Out + run.Error);
        Assert.Single(project.WorldFiles());
    }

    [Fact]
    public async Task PacksListedInPulumiYaml_ApplyWithoutTheFlag()
    {
        using var project = new TempProject("name: testproj\nruntime: dotnet\npolicyPacks:\n  - pack\n");
        WritePack(project);
        var run = await project.RunAsync(Body("forbidden"), "preview", "--stack", "dev");
        Assert.Equal(3, run.ExitCode);
    }

    [Fact]
    public async Task PolicyCheckOnSavedPlan_GivesTheSameVerdictAsPreview_InEveryFormat()
    {
        using var project = new TempProject();
        WritePack(project);
        var preview = await project.RunAsync(Body("forbidden"), "preview", "--stack", "dev", "--save-plan", "plan.json", "--policy-pack", "pack");
        Assert.Equal(3, preview.ExitCode);
        Assert.True(File.Exists(project.Path("plan.json")), preview.ToString());

        var text = await project.RunCliAsync("policy", "check", "--plan", "plan.json", "--policy-pack", "pack");
        Assert.Equal(3, text.ExitCode);
        Assert.Contains("a-rather-long-name has forbidden content", text.Out);

        var json = await project.RunCliAsync("policy", "check", "--plan", "plan.json", "--policy-pack", "pack", "--output", "json");
        Assert.Equal(3, json.ExitCode);
        var document = JsonNode.Parse(json.Out)!;
        Assert.True(document["blocked"]!.GetValue<bool>());
        Assert.Equal(2, document["results"]!.AsArray().Count);

        var sarif = await project.RunCliAsync("policy", "check", "--plan", "plan.json", "--policy-pack", "pack", "--output", "sarif");
        var log = JsonNode.Parse(sarif.Out)!;
        Assert.Equal("2.1.0", log["version"]!.GetValue<string>());
        var results = log["runs"]![0]!["results"]!.AsArray();
        Assert.Contains(results, r => r!["level"]!.GetValue<string>() == "error" && r["ruleId"]!.GetValue<string>() == "test-pack/no-forbidden-content");
        Assert.Contains(results, r => r!["level"]!.GetValue<string>() == "warning");

        var junit = await project.RunCliAsync("policy", "check", "--plan", "plan.json", "--policy-pack", "pack", "--output", "junit");
        var xml = XDocument.Parse(junit.Out);
        Assert.Equal("1", xml.Root!.Attribute("failures")!.Value);
        Assert.Contains(xml.Descendants("testcase"), c => c.Attribute("name")!.Value == "no-forbidden-content" && c.Element("failure") is not null);

        var passing = await project.RunAsync(Body("fine"), "preview", "--stack", "dev", "--save-plan", "ok.json", "--policy-pack", "pack");
        Assert.Equal(0, passing.ExitCode);
        Assert.Equal(0, (await project.RunCliAsync("policy", "check", "--plan", "ok.json", "--policy-pack", "pack")).ExitCode);
    }

    public static TheoryData<string, string, string, string> BadPacks => new()
    {
        { "missing pack file", "", ContentRego, "policy-pack.yaml: missing" },
        { "bad enforcement", "name: p\npolicies:\n  - name: x\n    package: test.content\n    enforcement: sometimes\n", ContentRego, "policies[0].enforcement: must be advisory, mandatory or disabled, got 'sometimes'" },
        { "rego syntax error", "name: p\n", "package test.content\n\ndeny contains x if {\n", "content.rego:" },
        { "malformed result", "name: p\n", "package test.content\n\ndeny contains 42 if { true }\n", "produced a malformed result 42" },
        { "unknown package", "name: p\npolicies:\n  - name: x\n    package: test.nope\n", ContentRego, "names package 'test.nope', which no .rego file in the pack declares" },
    };

    [Theory]
    [MemberData(nameof(BadPacks))]
    public async Task BadPack_ExitsTwo_BeforeAnythingDeploys(string name, string pack, string rego, string expected)
    {
        using var project = new TempProject();
        WritePack(project, pack, rego);
        if (pack.Length == 0)
        {
            File.Delete(project.Path("pack/policy-pack.yaml"));
        }
        var run = await project.RunAsync(Body("fine"), "up", "--stack", "dev", "--yes", "--policy-pack", "pack");
        Assert.True(run.ExitCode == 2, $"{name}: {run}");
        Assert.Contains(expected, run.Error);
        Assert.Empty(project.WorldFiles());
    }

    [Fact]
    public async Task PolicyTest_RunsTheRepositoryPacksTests()
    {
        using var project = new TempProject();
        var policies = Path.Combine(RepositoryRoot(), "policies");
        var run = await project.RunCliAsync("policy", "test", policies, "--verbose");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("PASS: kubernetes-hardening", run.Out);
        Assert.Contains(" 0 failed", run.Out);
    }

    [Fact]
    public async Task PolicyTest_FailingTest_ExitsOne()
    {
        using var project = new TempProject();
        Directory.CreateDirectory(project.Path("p"));
        File.WriteAllText(project.Path("p/x_test.rego"), "package x_test\n\ntest_fails if { 1 == 2 }\n\ntest_passes if { 1 == 1 }\n");
        var run = await project.RunCliAsync("policy", "test", "p");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("FAIL: .: data.x_test.test_fails", run.Out);
        Assert.Contains("1 passed, 1 failed", run.Out);
    }

    [Fact]
    public async Task PolicyEval_EvaluatesAQuery()
    {
        using var project = new TempProject();
        File.WriteAllText(project.Path("p.rego"), "package demo\n\nallow if input.user == \"admin\"\n");
        File.WriteAllText(project.Path("input.json"), "{\"user\": \"admin\"}");
        var run = await project.RunCliAsync("policy", "eval", "-d", "p.rego", "-i", "input.json", "data.demo.allow");
        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("true", run.Out);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Infra.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("repository root not found");
    }
}
