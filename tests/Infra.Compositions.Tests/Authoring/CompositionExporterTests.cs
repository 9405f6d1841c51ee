using System.Text.Json.Nodes;
using Infra.Compositions.Authoring;
using Infra.Compositions.Tests.Rendering;

namespace Infra.Compositions.Tests.Authoring;

public sealed class CompositionExporterTests
{
    private static readonly CompositeResourceDefinition Definition = new("example.crossplane.io", "XR", "xrs",
    [
        new XrdVersion("v1", (JsonObject)JsonNode.Parse("""{"type":"object","properties":{"spec":{"type":"object","properties":{"location":{"type":"string"}}}}}""")!),
    ]);

    private static Composition BucketComposition(params Transform[] transforms) => new(
        "function-patch-and-transform", Definition.CompositeApiVersion, Definition.Kind,
        [
            new ComposedResource("bucket", new JsonObject { ["apiVersion"] = "s3.aws.upbound.io/v1beta1", ["kind"] = "Bucket" })
            {
                Patches =
                [
                    new FromCompositeFieldPath("spec.location", "spec.forProvider.region") { Transforms = transforms },
                ],
            },
        ]);

    private static readonly Transform RegionMap = MapTransform.Of(new Dictionary<string, string> { ["EU"] = "eu-north-1", ["US"] = "us-east-2" });

    [Fact]
    public void Export_TypedComposition_WritesHandWrittenShape()
    {
        var result = CompositionExporter.Export(Definition, BucketComposition(RegionMap));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("""
            ---
            apiVersion: apiextensions.crossplane.io/v1
            kind: CompositeResourceDefinition
            metadata:
              name: xrs.example.crossplane.io
            spec:
              group: example.crossplane.io
              names:
                kind: XR
                plural: xrs
              versions:
              - name: v1
                served: true
                referenceable: true
                schema:
                  openAPIV3Schema:
                    type: object
                    properties:
                      spec:
                        type: object
                        properties:
                          location:
                            type: string
            ---
            apiVersion: apiextensions.crossplane.io/v1
            kind: Composition
            metadata:
              name: function-patch-and-transform
            spec:
              compositeTypeRef:
                apiVersion: example.crossplane.io/v1
                kind: XR
              mode: Pipeline
              pipeline:
              - step: patch-and-transform
                functionRef:
                  name: function-patch-and-transform
                input:
                  apiVersion: pt.fn.crossplane.io/v1beta1
                  kind: Resources
                  resources:
                  - name: bucket
                    base:
                      apiVersion: s3.aws.upbound.io/v1beta1
                      kind: Bucket
                    patches:
                    - type: FromCompositeFieldPath
                      fromFieldPath: spec.location
                      toFieldPath: spec.forProvider.region
                      transforms:
                      - type: map
                        map:
                          EU: eu-north-1
                          US: us-east-2

            """, result.Output);
    }

    [Fact]
    public void Export_TypedComposition_RendersLikeHandWrittenYaml()
    {
        using var folder = new TempFolder();
        var yaml = CompositionExporter.ToYaml(Definition, BucketComposition(RegionMap));
        var compositionYaml = yaml[yaml.IndexOf("---\napiVersion: apiextensions.crossplane.io/v1\nkind: Composition", StringComparison.Ordinal)..];
        var result = CompositionRenderer.Render(new RenderOptions(
            folder.Write("xr.yaml", RenderFixtures.Xr), folder.Write("composition.yaml", compositionYaml), XrdPath: folder.Write("xrd.yaml", yaml[..yaml.IndexOf("---\napiVersion: apiextensions.crossplane.io/v1\nkind: Composition", StringComparison.Ordinal)])));
        Assert.True(result.Succeeded, folder.Relative(result));
        Assert.Equal(RenderFixtures.ExpectedOutput, result.Output);
    }

    public static TheoryData<string, Transform, string> InvalidTransforms => new()
    {
        { "empty map", new MapTransform(new Dictionary<string, JsonNode?>()), "resources[0].patches[0].transforms[0].map.pairs: Required value: at least one pair must be specified if a map transform is specified" },
        { "empty match", new MatchTransform([]), "resources[0].patches[0].transforms[0].match.patterns: Required value: at least one pattern must be specified if a match transform is specified" },
        { "bad regexp", StringTransform.Regexp("[a-z"), "resources[0].patches[0].transforms[0].string.regexp.match: Invalid value: \"[a-z\": invalid regexp" },
        { "empty replace", StringTransform.Replace("", "x"), "resources[0].patches[0].transforms[0].string.replace.search: Required value: replace transform requires a search" },
    };

    [Theory]
    [MemberData(nameof(InvalidTransforms))]
    public void Export_InvalidTransform_BadInputWithUpstreamFieldPath(string name, Transform transform, string want)
    {
        var result = CompositionExporter.Export(Definition, BucketComposition(transform), "MyComposition.cs");
        Assert.Equal(CompositionExitCodes.BadInput, result.ExitCode);
        Assert.Equal($"MyComposition.cs:spec.pipeline[0].input: invalid Function input: {want}", result.Diagnostics.Single().ToString());
        Assert.NotEmpty(name);
    }

    [Fact]
    public void ToJson_EveryPatchAndTransformKind_MatchesCrossplaneSchema()
    {
        var composition = new Composition("c", "example.crossplane.io/v1", "XR",
        [
            new ComposedResource("r", new JsonObject { ["apiVersion"] = "v1", ["kind"] = "K" })
            {
                Patches =
                [
                    new PatchSetReference("common"),
                    new CombineFromComposite(["spec.a", "spec.b"], "%s-%s", "metadata.name") { Policy = PatchPolicy.Required },
                    new ToCompositeFieldPath("status.id", "status.id") { Policy = new PatchPolicy(ToFieldPath: MergePolicy.MergeObjects) },
                    new FromEnvironmentFieldPath("tier")
                    {
                        Transforms =
                        [
                            new MatchTransform([MatchPattern.Literal("gold", JsonValue.Create(3)), MatchPattern.Regexp("^s", JsonValue.Create(1))], FallbackValue: JsonValue.Create(0)),
                            new MathTransform(MathOperation.Multiply, 2),
                            new ConvertTransform(ConvertType.String),
                            StringTransform.Format("x-%s"),
                            StringTransform.Convert(StringConversion.ToUpper),
                            StringTransform.Join(","),
                        ],
                    },
                ],
                ConnectionDetails = [ConnectionDetail.FromFieldPath("host", "status.host")],
                ReadinessChecks = [ReadinessCheck.MatchCondition()],
            },
        ])
        {
            PatchSets = [new PatchSet("common", [new FromCompositeFieldPath("spec.region")])],
            EnvironmentPatches = [new ToEnvironmentFieldPath("spec.tier", "tier")],
        };
        var input = CompositionExporter.ToJson(composition)["spec"]!["pipeline"]![0]!["input"]!;
        Assert.Equal(
            """{"apiVersion":"pt.fn.crossplane.io/v1beta1","kind":"Resources","patchSets":[{"name":"common","patches":[{"type":"FromCompositeFieldPath","fromFieldPath":"spec.region"}]}],"environment":{"patches":[{"type":"ToEnvironmentFieldPath","fromFieldPath":"spec.tier","toFieldPath":"tier"}]},"resources":[{"name":"r","base":{"apiVersion":"v1","kind":"K"},"patches":[{"type":"PatchSet","patchSetName":"common"},{"type":"CombineFromComposite","combine":{"variables":[{"fromFieldPath":"spec.a"},{"fromFieldPath":"spec.b"}],"strategy":"string","string":{"fmt":"%s-%s"}},"toFieldPath":"metadata.name","policy":{"fromFieldPath":"Required"}},{"type":"ToCompositeFieldPath","fromFieldPath":"status.id","toFieldPath":"status.id","policy":{"toFieldPath":"MergeObjects"}},{"type":"FromEnvironmentFieldPath","fromFieldPath":"tier","transforms":[{"type":"match","match":{"patterns":[{"type":"literal","literal":"gold","result":3},{"type":"regexp","regexp":"^s","result":1}],"fallbackValue":0}},{"type":"math","math":{"type":"Multiply","multiply":2}},{"type":"convert","convert":{"toType":"string"}},{"type":"string","string":{"type":"Format","fmt":"x-%s"}},{"type":"string","string":{"type":"Convert","convert":"ToUpper"}},{"type":"string","string":{"type":"Join","join":{"separator":","}}}]}],"connectionDetails":[{"name":"host","type":"FromFieldPath","fromFieldPath":"status.host"}],"readinessChecks":[{"type":"MatchCondition","matchCondition":{"type":"Ready","status":"True"}}]}]}""",
            input.ToJsonString());
        Assert.True(CompositionExporter.Export(Definition with { }, composition).Succeeded);
    }
}
