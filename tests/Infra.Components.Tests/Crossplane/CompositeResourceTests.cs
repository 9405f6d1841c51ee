using System.Text.Json.Nodes;
using Infra.Components.Crossplane.Composites;
using Infra.Components.Crossplane.Database;
using Infra.Components.Tests.Support;
using Infra.Compositions.Authoring;
using Infra.Testing;

namespace Infra.Components.Tests.Crossplane;

public sealed class CompositeResourceTests
{
    public static TheoryData<CompositeMode, bool, string[]> Modes => new()
    {
        {
            CompositeMode.Crossplane, true,
            [
                "infra:crossplane:CompositeResource db",
                "kubernetes:apiextensions.crossplane.io/v1:CompositeResourceDefinition db-xrd",
                "kubernetes:apiextensions.crossplane.io/v1:Composition db-composition",
                "kubernetes:platform.infra.dev/v1alpha1:XDatabase db",
            ]
        },
        { CompositeMode.Crossplane, false, ["infra:crossplane:CompositeResource db", "kubernetes:platform.infra.dev/v1alpha1:XDatabase db"] },
        { CompositeMode.Rendered, true, ["infra:crossplane:CompositeResource db", "kubernetes:rds.aws.upbound.io/v1beta3:Instance db-instance"] },
    };

    [Theory]
    [MemberData(nameof(Modes))]
    public async Task Preview_Mode_DeclaresExpectedObjects(CompositeMode mode, bool declareDefinitions, string[] want)
    {
        var plan = await PreviewAsync(Args(AwsDatabaseComposition.Composition) with { Mode = mode, DeclareDefinitions = declareDefinitions });
        var steps = plan.Steps.Where(s => !s.Type.StartsWith("pulumi:", StringComparison.Ordinal)).Select(s => $"{s.Type} {s.Name}");
        Assert.Equal(want.Order(StringComparer.Ordinal), steps.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Preview_RenderedMode_NamesComposedResourcesAfterTheXr()
    {
        var plan = await PreviewAsync(Args(AwsDatabaseComposition.Composition) with { Mode = CompositeMode.Rendered });
        var manifest = Assert.Single(plan.Steps, s => s.Name == "db-instance").NewInputs!["manifest"]!;
        Assert.Equal("db-instance", (string?)manifest["metadata"]!["name"]);
        Assert.Null(manifest["metadata"]!["generateName"]);
        Assert.Null(manifest["metadata"]!["ownerReferences"]);
        Assert.Equal("db", (string?)manifest["metadata"]!["labels"]!["crossplane.io/composite"]);
    }

    [Fact]
    public async Task Preview_ClaimNamespace_DeclaresNamespacedClaimAndLabelsComposedResources()
    {
        var args = Args(AwsDatabaseComposition.Composition) with { ClaimNamespace = "apps", DeclareDefinitions = false };
        var plan = await PreviewAsync(args);
        var claim = Assert.Single(plan.Steps, s => s.Type == "kubernetes:platform.infra.dev/v1alpha1:Database").NewInputs!["manifest"]!;
        Assert.Equal("apps", (string?)claim["metadata"]!["namespace"]);
        Assert.Null(claim["spec"]!["writeConnectionSecretToRef"]!["namespace"]);
        Assert.Equal("orders-db", (string?)claim["spec"]!["writeConnectionSecretToRef"]!["name"]);

        var rendered = await PreviewAsync(args with { Mode = CompositeMode.Rendered });
        var labels = Assert.Single(rendered.Steps, s => s.Name == "db-instance").NewInputs!["manifest"]!["metadata"]!["labels"]!;
        Assert.Equal("db", (string?)labels["crossplane.io/claim-name"]);
        Assert.Equal("apps", (string?)labels["crossplane.io/claim-namespace"]);
    }

    [Fact]
    public async Task Preview_ClaimWithoutClaimKind_FailsNamingTheXrd()
    {
        var args = Args(AwsDatabaseComposition.Composition) with { ClaimNamespace = "apps", Definition = XDatabaseDefinition.Definition with { ClaimKind = null } };
        var error = await Assert.ThrowsAsync<StackSnapshotException>(() => PreviewAsync(args));
        Assert.Contains("ClaimNamespace is set, but the XRD xdatabases.platform.infra.dev defines no claim kind", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string, Patch, string> BadPatches => new()
    {
        {
            "invalid field path",
            new FromCompositeFieldPath("spec.parameters.sizeClass", "spec.forProvider[instanceClass"),
            "infra:crossplane:CompositeResource db:spec.pipeline[0].input: cannot render composite resource: pipeline step \"patch-and-transform\" returned a fatal result: cannot render composed resource \"instance\" \"FromCompositeFieldPath\" patch at index 1: "
        },
        {
            "invalid transform",
            new FromCompositeFieldPath("spec.parameters.storageGB", "spec.forProvider.allocatedStorage") { Transforms = [new ConvertTransform(ConvertType.Int), StringTransform.Regexp("(")] },
            "infra:crossplane:CompositeResource db:spec.pipeline[0].input: invalid Function input: resources[0].patches[1].transforms[1].string.regexp.match: Invalid value: \"(\""
        },
    };

    [Theory]
    [MemberData(nameof(BadPatches))]
    public async Task Preview_BadTypedPatch_FailsNamingComponentAndIndex(string name, Patch patch, string want)
    {
        var composition = AwsDatabaseComposition.Composition with
        {
            Resources = [AwsDatabaseComposition.Composition.Resources[0] with { Patches = [AwsDatabaseComposition.Composition.Resources[0].Patches[1], patch] }],
        };
        var error = await Assert.ThrowsAsync<StackSnapshotException>(() => PreviewAsync(Args(composition)));
        Assert.True(error.Message.Contains(want, StringComparison.Ordinal), $"{name}: {error.Message}");
    }

    private static CompositeResourceArgs Args(Composition composition) => new()
    {
        Definition = XDatabaseDefinition.Definition,
        Composition = composition,
        Spec = (JsonObject)CompositeFixtures.DatabaseXr("postgres", "16", "small", 20)["spec"]!.DeepClone(),
        Environment = [CompositeFixtures.Environment("dev").ToEnvironmentConfig()],
    };

    private static Task<Engine.Planning.PlanDocument> PreviewAsync(CompositeResourceArgs args) =>
        Previews.RunAsync(() => new ComponentStack(() => _ = new CompositeResource("db", args)), "dev", Previews.RenderConfig);
}
