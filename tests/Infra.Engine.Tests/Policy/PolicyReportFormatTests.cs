using System.Text.Json.Nodes;
using System.Xml.Linq;
using Infra.Engine.Tests.Support;
using Infra.TestPrograms;
using NJsonSchema;

namespace Infra.Engine.Tests.Policy;

/// <summary>
/// <c>infra policy check</c> reports in the formats other tools consume: SARIF checked against the OASIS SARIF 2.1.0
/// JSON schema (Policy/Sarif, see its README for the source), JUnit XML against what CI test reporters read.
/// </summary>
public sealed class PolicyReportFormatTests
{
    private const string Pack = """
        name: report-pack
        version: 1.0.0
        policies:
          - name: no-forbidden-content
            package: report.content
            enforcement: mandatory
            severity: high
            remediation: Change the content.
          - name: stack-wide-advice
            package: report.advice
            enforcement: advisory
            severity: low
        """;

    private const string ContentRego = """
        package report.content

        deny contains {"msg": sprintf("%s has forbidden content", [r.name]), "urn": r.urn} if {
        	some r in input.resources
        	r.type == "files:index:Thing"
        	r.inputs.content == "forbidden"
        }
        """;

    // A finding without a URN: reported against the stack, not a resource.
    private const string AdviceRego = """
        package report.advice

        warn contains "the stack has no description" if { true }
        """;

    private static string SchemaPath => Path.Combine(AppContext.BaseDirectory, "Policy", "Sarif", "sarif-schema-2.1.0.json");

    [Fact]
    public async Task PolicyCheck_SarifWithViolations_ValidatesAgainstTheSarif210Schema()
    {
        using var project = await PlannedProjectAsync("forbidden");

        var run = await project.RunCliAsync("policy", "check", "--plan", "plan.json", "--policy-pack", "pack", "--output", "sarif");

        Assert.True(run.ExitCode == 3, run.ToString());
        var schema = await JsonSchema.FromFileAsync(SchemaPath);
        var errors = schema.Validate(run.Out);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")) + "\n" + run.Out);
        var sarif = JsonNode.Parse(run.Out)!;
        var rules = sarif["runs"]![0]!["tool"]!["driver"]!["rules"]!.AsArray();
        var results = sarif["runs"]![0]!["results"]!.AsArray();
        Assert.Equal(["error", "warning"], results.Select(r => r!["level"]!.GetValue<string>()).Order(StringComparer.Ordinal));
        // Code-scanning UIs resolve a result's rule by ruleIndex: it must point at the rule with the same id.
        Assert.All(results, r => Assert.Equal(r!["ruleId"]!.GetValue<string>(), rules[r["ruleIndex"]!.GetValue<int>()]!["id"]!.GetValue<string>()));
    }

    public static TheoryData<string, string, Action<JsonNode>> BrokenLogs => new()
    {
        { "unknown result level", "level", log => log["runs"]![0]!["results"]![0]!["level"] = "fatal" },
        { "other format version", "version", log => log["version"] = "2.0.0" },
        { "result without message", "message", log => log["runs"]![0]!["results"]![0]!.AsObject().Remove("message") },
        { "run without tool", "tool", log => log["runs"]![0]!.AsObject().Remove("tool") },
        { "unknown property on a result", "severity", log => log["runs"]![0]!["results"]![0]!["severity"] = "high" },
    };

    [Theory]
    [MemberData(nameof(BrokenLogs))]
    public async Task SarifSchema_BrokenLog_IsRejected(string scenario, string expectedInError, Action<JsonNode> breakLog)
    {
        using var project = await PlannedProjectAsync("forbidden");
        var run = await project.RunCliAsync("policy", "check", "--plan", "plan.json", "--policy-pack", "pack", "--output", "sarif");
        var log = JsonNode.Parse(run.Out)!;
        breakLog(log);

        var errors = (await JsonSchema.FromFileAsync(SchemaPath)).Validate(log.ToJsonString());

        Assert.True(errors.Count > 0, $"{scenario}: the schema accepted the broken log");
        Assert.Contains(errors, e => Describe(e).Contains(expectedInError, StringComparison.Ordinal));
    }

    public static TheoryData<string, int, int> JUnitCases => new()
    {
        { "forbidden", 3, 1 },
        { "fine", 0, 0 },
    };

    [Theory]
    [MemberData(nameof(JUnitCases))]
    public async Task PolicyCheck_JUnit_HasTheShapeCiReportersRead(string content, int expectedExit, int expectedFailures)
    {
        using var project = await PlannedProjectAsync(content);

        var run = await project.RunCliAsync("policy", "check", "--plan", "plan.json", "--policy-pack", "pack", "--output", "junit");

        Assert.True(run.ExitCode == expectedExit, run.ToString());
        var root = XDocument.Parse(run.Out).Root!;
        Assert.Equal("testsuites", root.Name.LocalName);
        var suites = root.Elements().ToList();
        Assert.NotEmpty(suites);
        Assert.All(suites, suite =>
        {
            Assert.Equal("testsuite", suite.Name.LocalName);
            Assert.False(string.IsNullOrEmpty(Attribute(suite, "name")));
            var cases = suite.Elements("testcase").ToList();
            Assert.Equal(cases.Count, Count(suite, "tests"));
            Assert.Equal(cases.Count(c => c.Element("failure") is not null), Count(suite, "failures"));
            Assert.Equal(cases.Count(c => c.Element("error") is not null), Count(suite, "errors"));
            Assert.All(suite.Elements(), e => Assert.Contains(e.Name.LocalName, new[] { "testcase", "properties", "system-out", "system-err" }));
            Assert.All(cases, testCase =>
            {
                Assert.False(string.IsNullOrEmpty(Attribute(testCase, "classname")));
                Assert.False(string.IsNullOrEmpty(Attribute(testCase, "name")));
                Assert.All(testCase.Elements(), e => Assert.Contains(e.Name.LocalName, new[] { "failure", "error", "skipped", "system-out", "system-err" }));
                Assert.All(testCase.Elements("failure"), f =>
                {
                    Assert.False(string.IsNullOrEmpty(Attribute(f, "message")));
                    Assert.False(string.IsNullOrWhiteSpace(f.Value));
                });
            });
        });
        Assert.Equal(suites.Sum(s => Count(s, "tests")), Count(root, "tests"));
        Assert.Equal(suites.Sum(s => Count(s, "failures")), Count(root, "failures"));
        Assert.Equal(expectedFailures, Count(root, "failures"));
    }

    private static async Task<TempProject> PlannedProjectAsync(string content)
    {
        var project = new TempProject();
        try
        {
            Directory.CreateDirectory(project.Path("pack"));
            File.WriteAllText(project.Path("pack/policy-pack.yaml"), Pack);
            File.WriteAllText(project.Path("pack/content.rego"), ContentRego);
            File.WriteAllText(project.Path("pack/advice.rego"), AdviceRego);
            // The plan is saved without the pack so that `policy check` is the only gate under test.
            var preview = await project.RunAsync(s => _ = new FileThing("thing", new FileThingArgs { Content = content }), "preview", "--stack", "dev", "--save-plan", "plan.json");
            Assert.True(preview.ExitCode == 0 && File.Exists(project.Path("plan.json")), preview.ToString());
            return project;
        }
        catch
        {
            project.Dispose();
            throw;
        }
    }

    private static string Describe(NJsonSchema.Validation.ValidationError error) =>
        error is NJsonSchema.Validation.ChildSchemaValidationError child
            ? $"{error.Path} {error.Property} {error.Kind} " + string.Join(" ", child.Errors.SelectMany(e => e.Value).Select(Describe))
            : $"{error.Path} {error.Property} {error.Kind}";

    private static string? Attribute(XElement element, string name) => element.Attribute(name)?.Value;

    private static int Count(XElement element, string attribute) =>
        int.Parse(Attribute(element, attribute) ?? throw new Xunit.Sdk.XunitException($"<{element.Name}> has no '{attribute}' attribute"), System.Globalization.CultureInfo.InvariantCulture);
}
