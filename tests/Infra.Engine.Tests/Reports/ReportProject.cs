using Infra.Engine.Tests.Support;
using Infra.TestPrograms;

namespace Infra.Engine.Tests.Reports;

/// <summary>
/// A small stack whose second version plans every step kind: an update, a replace, a delete, a create, an unchanged
/// resource, a component and a secret; plus a policy pack that blocks one resource and warns about another.
/// </summary>
internal static class ReportProject
{
    /// <summary>The plaintext of the stack's secret; no output may contain it.</summary>
    public const string SecretText = "hunter2-plaintext-secret";

    private const string PackYaml = """
        name: review-pack
        version: 1.0.0
        policies:
          - name: no-forbidden-content
            package: review.content
            enforcement: mandatory
            severity: high
            remediation: Replace the content with something allowed.
          - name: replacements-reviewed
            package: review.replace
            enforcement: advisory
            severity: medium
            remediation: Check that a new copy of the resource is acceptable.
        """;

    private const string ContentRego = """
        package review.content

        deny contains {"msg": sprintf("%s has forbidden content", [r.name]), "urn": r.urn} if {
        	some r in input.resources
        	r.inputs.content == "forbidden"
        }
        """;

    private const string ReplaceRego = """
        package review.replace

        warn contains {"msg": sprintf("%s will be replaced", [r.name]), "urn": r.urn} if {
        	some r in input.resources
        	r.kind == "replace"
        }
        """;

    public static Action<LambdaStack> Version(int version) => stack =>
    {
        var web = new ComponentResource("test:index:Web", "web");
        var config = new FileThing("config", new FileThingArgs { Content = version == 1 ? "v1" : "v2", Password = Output.CreateSecret(SecretText) }, new ResourceOptions { Parent = web });
        var site = new FileThing("site", new FileThingArgs { Content = "index", Immutable = version == 1 ? "a" : "b" }, new ResourceOptions { Parent = web, DependsOn = [config] });
        if (version == 1)
        {
            _ = new FileThing("old", new FileThingArgs { Content = "old" }, new ResourceOptions { Parent = web });
        }
        else
        {
            _ = new FileThing("fresh", new FileThingArgs { Content = "forbidden", Password = Output.CreateSecret(SecretText) }, new ResourceOptions { DependsOn = [site] });
        }
        _ = new FileThing("standalone", new FileThingArgs { Content = "same" });
    };

    /// <summary>A project with version 1 deployed and the policy pack in <c>pack/</c>.</summary>
    public static async Task<TempProject> DeployedAsync()
    {
        var project = new TempProject();
        Directory.CreateDirectory(project.Path("pack"));
        File.WriteAllText(project.Path("pack/policy-pack.yaml"), PackYaml);
        File.WriteAllText(project.Path("pack/content.rego"), ContentRego);
        File.WriteAllText(project.Path("pack/replace.rego"), ReplaceRego);
        var up = await project.RunAsync(Version(1), "up", "--stack", "dev", "--yes");
        Assert.True(up.ExitCode == 0, up.ToString());
        return project;
    }
}
