namespace Infra.Fuzz.Tests.Harness;

/// <summary>Every file format Infra reads from users, each with the verb that parses it.</summary>
public static class FuzzTargets
{
    public static readonly IReadOnlyList<FuzzTarget> All =
    [
        new("project", "Pulumi.yaml", Syntax.Yaml, ["stack", "ls"], [0, 2]),
        new("stack-config", "Pulumi.dev.yaml", Syntax.Yaml, ["config", "get", "content", "--stack", "dev"], [0, 2]),
        new("plan", "plan.json", Syntax.Json, ["policy", "check", "--plan", "plan.json", "--policy-pack", "pack"], [0, 2, 3]),
        new("state-import", "export.json", Syntax.Json, ["stack", "import", "--stack", "dev", "--file", "export.json", "--force"], [0, 2]),
        new("composition", "composition.yaml", Syntax.Yaml, ["composition", "render", "xr.yaml", "composition.yaml", "functions.yaml"], [0, 2]),
        new("composite-resource", "xr.yaml", Syntax.Yaml, ["composition", "render", "xr.yaml", "composition.yaml", "functions.yaml"], [0, 2]),
        new("rego", "policy.rego", Syntax.Rego, ["policy", "eval", "-d", "policy.rego", "-i", "input.json", "data.fuzz"], [0, 2]),
    ];

    public static FuzzTarget Named(string name) => All.Single(t => t.Name == name);
}
