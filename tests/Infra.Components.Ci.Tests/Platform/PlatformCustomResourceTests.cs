using System.Text.Json.Nodes;
using Infra.Components.Ci.Tests.Schemas;
using Infra.Components.Ci.Tests.Support;
using Infra.Testing;
using Platform;

namespace Infra.Components.Ci.Tests.Platform;

/// <summary>The custom resources the platform stack itself emits per environment, from its real stack files.</summary>
public sealed class PlatformCustomResourceTests(CrdSchemasFixture fixture) : IClassFixture<CrdSchemasFixture>
{
    private static readonly string[] CiGroups = ["tekton.dev", "triggers.tekton.dev", "argoproj.io"];

    public static TheoryData<string, string[]> Environments => new()
    {
        { "dev", ["Application", "Pipeline", "Task"] },
        { "staging", ["Application", "CronWorkflow", "WorkflowTemplate"] },
        { "prod", ["Application", "CronWorkflow", "EventListener", "Pipeline", "Task", "TriggerBinding", "TriggerTemplate", "WorkflowTemplate"] },
    };

    [Theory]
    [MemberData(nameof(Environments))]
    public async Task Preview_Environment_EmitsTheConfiguredEnginesKinds(string environment, string[] expectedKinds)
    {
        var resources = await CustomResourcesAsync(environment);

        Assert.Equal(expectedKinds, resources.Select(r => r["kind"]!.GetValue<string>()).Distinct().Order(StringComparer.Ordinal));
        var application = Assert.Single(resources, r => r["kind"]!.GetValue<string>() == "Application");
        Assert.Equal($"platform-{environment}", application["metadata"]!["name"]!.GetValue<string>());
        Assert.Equal($"out/{environment}", application["spec"]!["source"]!["path"]!.GetValue<string>());
        Assert.Equal(environment != "prod", application["spec"]!["syncPolicy"]!["automated"] is not null);
    }

    [SkippableTheory]
    [MemberData(nameof(Environments))]
    public async Task Preview_Environment_EveryCustomResourceMatchesItsUpstreamCrd(string environment, string[] expectedKinds)
    {
        RepositoryRoot.RequireCrds();
        var resources = await CustomResourcesAsync(environment);
        // TriggerTemplates embed the PipelineRun they create: it is validated against the PipelineRun CRD too.
        var embedded = resources.Where(r => r["kind"]!.GetValue<string>() == "TriggerTemplate")
            .SelectMany(r => r["spec"]!["resourcetemplates"]!.AsArray()).Select(n => n!.AsObject()).ToList();

        var checkedKinds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var manifest in resources.Concat(embedded))
        {
            var errors = fixture.Schemas.Validate(manifest);
            Assert.True(errors.Count == 0, $"{environment} {manifest["kind"]} {manifest["metadata"]?["name"]}:\n{string.Join("\n", errors)}");
            checkedKinds.Add(manifest["kind"]!.GetValue<string>());
        }
        Assert.Superset(expectedKinds.ToHashSet(StringComparer.Ordinal), checkedKinds);
    }

    private static async Task<List<JsonObject>> CustomResourcesAsync(string environment)
    {
        var plan = await StackSnapshot.PreviewAsync(() => new PlatformStack(), new SnapshotOptions
        {
            Project = "platform",
            Stack = environment,
            Config = PlatformStackConfig.Load(environment),
            ProviderAssemblies =
            [
                typeof(Infra.Tls.PrivateKey).Assembly,
                typeof(Infra.Random.RandomId).Assembly,
                typeof(Infra.Kubernetes.CustomObject).Assembly,
            ],
            ProjectDirectory = Path.GetTempPath(),
        }, CancellationToken.None);
        return plan.Steps
            .Select(s => s.NewInputs?["manifest"] as JsonObject)
            .OfType<JsonObject>()
            .Where(m => CiGroups.Contains(m["apiVersion"]!.GetValue<string>().Split('/')[0], StringComparer.Ordinal))
            .Select(m => m.DeepClone().AsObject())
            .ToList();
    }
}
