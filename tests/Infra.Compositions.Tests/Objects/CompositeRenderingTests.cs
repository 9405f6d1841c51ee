using System.Text.Json.Nodes;
using Infra.Compositions.Authoring;
using Infra.Compositions.Objects;
using Infra.Compositions.Tests.Rendering;

namespace Infra.Compositions.Tests.Objects;

public sealed class CompositeRenderingTests
{
    private static readonly CompositeResourceDefinition Definition = new("example.crossplane.io", "XR", "xrs",
    [
        new XrdVersion("v1", (JsonObject)JsonNode.Parse("""{"type":"object","properties":{"spec":{"type":"object","properties":{"location":{"type":"string","enum":["EU","US"]}}}}}""")!),
    ]);

    private static Composition Buckets(string kind = "XR") => new("buckets", Definition.CompositeApiVersion, kind,
    [
        new ComposedResource("bucket", new JsonObject { ["apiVersion"] = "s3.aws.upbound.io/v1beta1", ["kind"] = "Bucket" })
        {
            Patches =
            [
                new FromCompositeFieldPath("spec.location", "spec.forProvider.region") { Transforms = [MapTransform.Of(new Dictionary<string, string> { ["EU"] = "eu-north-1", ["US"] = "us-east-2" })] },
                new FromEnvironmentFieldPath("team", "metadata.labels[team]"),
            ],
        },
    ]);

    private static JsonObject Xr(string location) => new()
    {
        ["apiVersion"] = "example.crossplane.io/v1",
        ["kind"] = "XR",
        ["metadata"] = new JsonObject { ["name"] = "example" },
        ["spec"] = new JsonObject { ["location"] = location },
    };

    private static readonly EnvironmentConfig Team = new("team", new JsonObject { ["team"] = "data" });

    [Fact]
    public void Render_TypedComposition_SameObjectsAsTheYamlRenderer()
    {
        var result = CompositeRendering.Render(Definition, Buckets(), Xr("EU"), [Team], "example");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var bucket = Assert.Single(result.Rendered!.ComposedResources);
        Assert.Equal("bucket", RenderedComposite.ResourceNameOf(bucket));
        Assert.Equal("eu-north-1", (string?)bucket["spec"]!["forProvider"]!["region"]);
        Assert.Equal("data", (string?)bucket["metadata"]!["labels"]!["team"]);
        Assert.Equal("example-", (string?)bucket["metadata"]!["generateName"]);

        using var folder = new TempFolder();
        var yaml = CompositionRenderer.Render(new RenderOptions(
            folder.Write("xr.yaml", Xr("EU").ToJsonString()), folder.Write("composition.yaml", CompositionExporter.ToJson(Buckets()).ToJsonString()),
            EnvironmentPath: folder.Write("env.yaml", CompositionExporter.ToYaml([Team]))));
        Assert.True(yaml.Succeeded, string.Join("\n", yaml.Diagnostics));
        Assert.Equal(yaml.Output, Infra.Compositions.Yaml.YamlWriter.WriteStream([result.Rendered.Composite, .. result.Rendered.ComposedResources]));
    }

    public static TheoryData<string, string, string, string> BadInputs => new()
    {
        { "XR", "ASIA", "spec.location", "does not match the XRD schema" },
        { "Other", "EU", "spec.compositeTypeRef", "composition composes example.crossplane.io/v1 Other, but the XRD defines example.crossplane.io/v1 XR" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public void Render_BadInput_DiagnosticNamesSourceAndField(string compositionKind, string location, string wantLocation, string wantMessage)
    {
        var result = CompositeRendering.Render(Definition, Buckets(compositionKind), Xr(location), [Team], "example");
        Assert.False(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("example", wantLocation), (diagnostic.File, diagnostic.Location));
        Assert.StartsWith(wantMessage, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SchemaValidation_MissingDefinitionFile_OneDiagnosticNamingIt()
    {
        var problems = SchemaValidation.Validate("/nonexistent/crd.yaml", Xr("EU"), "example");
        var problem = Assert.Single(problems);
        Assert.Equal("/nonexistent/crd.yaml", problem.File);
        Assert.StartsWith("cannot read file", problem.Message, StringComparison.Ordinal);
    }
}
