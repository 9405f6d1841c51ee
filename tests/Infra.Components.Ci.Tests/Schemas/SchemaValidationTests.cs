using System.Text.Json.Nodes;
using Infra.Components.Ci.Resources;
using Infra.Components.Ci.SupplyChain;
using Infra.Components.Ci.Tests.Support;

namespace Infra.Components.Ci.Tests.Schemas;

public sealed class SchemaValidationTests(CrdSchemasFixture fixture) : IClassFixture<CrdSchemasFixture>
{
    public static TheoryData<string, string> SupplyChainResources()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, args) in SampleArgs.Variants())
        {
            var definition = SupplyChainDefinition.Create(args);
            foreach (var resource in definition.Resources.Append(definition.Tekton!.Run))
            {
                data.Add($"{name}/{resource.Kind}/{resource.Metadata.Name ?? resource.Metadata.GenerateName}", resource.ToManifest().ToJsonString());
            }
        }
        return data;
    }

    [SkippableTheory]
    [MemberData(nameof(SupplyChainResources))]
    public void Validate_EmittedSupplyChainResource_MatchesUpstreamCrd(string id, string manifest)
    {
        RepositoryRoot.RequireCrds();
        var errors = fixture.Schemas.Validate(JsonNode.Parse(manifest)!.AsObject());
        Assert.True(errors.Count == 0, $"{id}:\n{string.Join("\n", errors)}\n{manifest}");
    }

    [SkippableTheory]
    [MemberData(nameof(SupplyChainResources))]
    public void Validate_TriggerTemplateRun_MatchesPipelineRunCrd(string id, string manifest)
    {
        RepositoryRoot.RequireCrds();
        var node = JsonNode.Parse(manifest)!.AsObject();
        foreach (var run in node["kind"]!.GetValue<string>() == "TriggerTemplate" ? node["spec"]!["resourcetemplates"]!.AsArray() : [])
        {
            var errors = fixture.Schemas.Validate(run!.AsObject());
            Assert.True(errors.Count == 0, $"{id} embedded run:\n{string.Join("\n", errors)}");
        }
    }

    public static TheoryData<string, string, string> BrokenManifests() => new()
    {
        { "unknown spec field", "Pipeline", "{\"tasks\":[],\"taskz\":[]}" },
        { "wrong type", "Pipeline", "{\"tasks\":\"clone\"}" },
        { "unknown step field", "Task", "{\"steps\":[{\"name\":\"a\",\"image\":\"b\",\"scrpt\":\"x\"}]}" },
        { "enum violated", "CronWorkflow", "{\"schedules\":[\"0 3 * * *\"],\"workflowSpec\":{},\"concurrencyPolicy\":\"Sometimes\"}" },
        { "required missing", "CronWorkflow", "{\"workflowSpec\":{}}" },
        { "application without destination", "Application", "{\"project\":\"default\"}" },
    };

    [SkippableTheory]
    [MemberData(nameof(BrokenManifests))]
    public void Validate_BrokenManifest_IsRejected(string scenario, string kind, string spec)
    {
        RepositoryRoot.RequireCrds();
        var apiVersion = kind switch
        {
            "Pipeline" or "Task" => "tekton.dev/v1",
            _ => "argoproj.io/v1alpha1",
        };
        var manifest = new JsonObject { ["apiVersion"] = apiVersion, ["kind"] = kind, ["metadata"] = new JsonObject { ["name"] = "x" }, ["spec"] = JsonNode.Parse(spec) };
        Assert.True(fixture.Schemas.Validate(manifest).Count > 0, $"{scenario}: expected schema errors");
    }

    [SkippableFact]
    public void Validate_IntOrStringField_AcceptsIntegerAndString()
    {
        RepositoryRoot.RequireCrds();
        // retryStrategy.limit is x-kubernetes-int-or-string in the WorkflowTemplate CRD.
        foreach (JsonNode limit in new JsonNode[] { JsonValue.Create(3), JsonValue.Create("3") })
        {
            var manifest = new JsonObject
            {
                ["apiVersion"] = "argoproj.io/v1alpha1",
                ["kind"] = "WorkflowTemplate",
                ["metadata"] = new JsonObject { ["name"] = "x" },
                ["spec"] = new JsonObject { ["templates"] = new JsonArray(new JsonObject { ["name"] = "a", ["retryStrategy"] = new JsonObject { ["limit"] = limit } }) },
            };
            Assert.Empty(fixture.Schemas.Validate(manifest));
        }
    }
}
