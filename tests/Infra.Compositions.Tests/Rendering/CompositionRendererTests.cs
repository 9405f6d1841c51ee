namespace Infra.Compositions.Tests.Rendering;

public sealed class CompositionRendererTests
{
    [Fact]
    public void Render_SingleStepExample_PrintsCrossplaneRenderStream()
    {
        using var folder = new TempFolder();
        var result = CompositionRenderer.Render(new RenderOptions(
            folder.Write("xr.yaml", RenderFixtures.Xr), folder.Write("composition.yaml", RenderFixtures.Composition()), folder.Write("functions.yaml", RenderFixtures.Functions)));
        Assert.Equal(CompositionExitCodes.Success, result.ExitCode);
        Assert.Equal(RenderFixtures.ExpectedOutput, result.Output);
    }

    public static TheoryData<string, string, string> BadCompositions => new()
    {
        {
            "unknown patch type",
            "      - type: Sideways\n        fromFieldPath: spec.location",
            "composition.yaml:spec.pipeline[0].input: cannot render composite resource: pipeline step \"patch-and-transform\" returned a fatal result: invalid Function input: resources[0].patches[0].type: Invalid value: \"Sideways\": unknown patch type"
        },
        {
            "unknown transform type",
            "      - fromFieldPath: spec.location\n        transforms: [{type: string, string: {type: Format, fmt: '%s'}}, {type: reverse}]",
            "composition.yaml:spec.pipeline[0].input: cannot render composite resource: pipeline step \"patch-and-transform\" returned a fatal result: invalid Function input: resources[0].patches[0].transforms[1].type: Invalid value: \"reverse\": unknown transform type"
        },
        {
            "invalid field path",
            "      - fromFieldPath: spec.location\n        toFieldPath: spec..region",
            "composition.yaml:spec.pipeline[0].input: cannot render composite resource: pipeline step \"patch-and-transform\" returned a fatal result: cannot render composed resource \"bucket\" \"FromCompositeFieldPath\" patch at index 0: cannot patch to object: cannot parse path \"spec..region\": unexpected '.' at position 5"
        },
        {
            "failing transform",
            "      - fromFieldPath: spec.location\n        transforms: [{type: map, map: {EU: x}}]",
            "composition.yaml:spec.pipeline[0].input: cannot render composite resource: pipeline step \"patch-and-transform\" returned a fatal result: cannot render composed resource \"bucket\" \"FromCompositeFieldPath\" patch at index 0: transform at index 0 returned error: map transform could not resolve: key US is not found in map"
        },
        {
            "yaml error",
            "      - fromFieldPath: [spec.location",
            "composition.yaml:24:1: invalid YAML: While parsing a flow sequence, did not find expected ',' or ']'."
        },
    };

    [Theory]
    [MemberData(nameof(BadCompositions))]
    public void Render_BadComposition_ExitCode2WithFileAndIndex(string name, string patches, string want)
    {
        using var folder = new TempFolder();
        var result = CompositionRenderer.Render(new RenderOptions(
            folder.Write("xr.yaml", RenderFixtures.Xr), folder.Write("composition.yaml", RenderFixtures.Composition(patches)), folder.Write("functions.yaml", RenderFixtures.Functions)));
        Assert.Equal(CompositionExitCodes.BadInput, result.ExitCode);
        Assert.Equal(want, folder.Relative(result));
        Assert.NotEmpty(name);
    }

    [Fact]
    public void Render_CompositeTypeMismatch_NamesBothKinds()
    {
        using var folder = new TempFolder();
        var result = CompositionRenderer.Render(new RenderOptions(
            folder.Write("xr.yaml", RenderFixtures.Xr.Replace("kind: XR", "kind: Other", StringComparison.Ordinal)), folder.Write("composition.yaml", RenderFixtures.Composition())));
        Assert.Equal("composition.yaml: composition's compositeTypeRef.kind (XR) does not match XR's kind (Other)", folder.Relative(result));
    }

    [Fact]
    public void Render_OtherFunction_RejectedNamingIt()
    {
        using var folder = new TempFolder();
        var functions = RenderFixtures.Functions.Replace("function-patch-and-transform:v0.1.4", "function-go-templating:v0.4.1", StringComparison.Ordinal);
        var result = CompositionRenderer.Render(new RenderOptions(
            folder.Write("xr.yaml", RenderFixtures.Xr), folder.Write("composition.yaml", RenderFixtures.Composition()), folder.Write("functions.yaml", functions)));
        Assert.Equal(
            "composition.yaml: spec.pipeline[0]: pipeline step \"patch-and-transform\" uses function \"function-patch-and-transform\" (xpkg.upbound.io/crossplane-contrib/function-go-templating:v0.4.1); only function-patch-and-transform can be rendered",
            folder.Relative(result));
    }

    [Fact]
    public void Render_ObservedAndEnvironment_UsedByPatches()
    {
        using var folder = new TempFolder();
        var patches = "      - type: FromEnvironmentFieldPath\n        fromFieldPath: tier\n        toFieldPath: spec.forProvider.tier";
        var environment = "apiVersion: apiextensions.crossplane.io/v1beta1\nkind: EnvironmentConfig\nmetadata: {name: env}\ndata: {tier: gold}\n";
        var observed = "apiVersion: s3.aws.upbound.io/v1beta1\nkind: Bucket\nmetadata:\n  name: example-xr-abcde\n  annotations: {crossplane.io/composition-resource-name: bucket}\nstatus:\n  conditions: [{type: Ready, status: \"True\"}]\n";
        var result = CompositionRenderer.Render(new RenderOptions(
            folder.Write("xr.yaml", RenderFixtures.Xr), folder.Write("composition.yaml", RenderFixtures.Composition(patches)),
            ObservedResourcesPath: folder.Write("observed/bucket.yaml", observed), EnvironmentPath: folder.Write("env.yaml", environment)));
        Assert.True(result.Succeeded, folder.Relative(result));
        Assert.Contains("    reason: Available\n    status: \"True\"\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("  name: example-xr-abcde\n", result.Output, StringComparison.Ordinal);
        Assert.Contains("    tier: gold\n", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_XrViolatingXrdSchema_RejectedWithFieldPath()
    {
        using var folder = new TempFolder();
        var xrd = """
            apiVersion: apiextensions.crossplane.io/v1
            kind: CompositeResourceDefinition
            metadata: {name: xrs.example.crossplane.io}
            spec:
              group: example.crossplane.io
              names: {kind: XR, plural: xrs}
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
                          location: {type: string, enum: [EU, US]}
                          size: {type: integer}
                        required: [location]
            """;
        var xr = RenderFixtures.Xr.Replace("location: US", "location: Mars", StringComparison.Ordinal);
        var result = CompositionRenderer.Render(new RenderOptions(
            folder.Write("xr.yaml", xr), folder.Write("composition.yaml", RenderFixtures.Composition()), XrdPath: folder.Write("xrd.yaml", xrd)));
        Assert.Equal(CompositionExitCodes.BadInput, result.ExitCode);
        Assert.Equal("xr.yaml:spec.location: does not match the XRD schema: not in enumeration (location)", folder.Relative(result));
    }

    [Fact]
    public void Render_MissingFile_BadInput()
    {
        using var folder = new TempFolder();
        var result = CompositionRenderer.Render(new RenderOptions(System.IO.Path.Combine(folder.Path, "nope.yaml"), "c.yaml"));
        Assert.Equal(CompositionExitCodes.BadInput, result.ExitCode);
        Assert.StartsWith("nope.yaml: cannot read file: ", folder.Relative(result), StringComparison.Ordinal);
    }
}
