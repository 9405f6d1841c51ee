using System.Text.Json.Nodes;
using Infra.Compositions.Input;
using Infra.Compositions.Patches;
using Infra.Compositions.Values;

namespace Infra.Compositions.Tests.Patches;

public sealed class PatchApplierTests
{
    private const string From = """{"spec":{"a":"x","n":3,"list":["p","q"],"nil":null},"metadata":{"labels":{"l1":"v1"}}}""";

    public static TheoryData<string, string, string> Writes => new()
    {
        { """{"fromFieldPath":"spec.a","toFieldPath":"spec.b"}""", """{"kind":"K"}""", """{"kind":"K","spec":{"b":"x"}}""" },
        { """{"fromFieldPath":"metadata.labels"}""", """{"kind":"K"}""", """{"kind":"K","metadata":{"labels":{"l1":"v1"}}}""" },
        { """{"fromFieldPath":"spec.nil","toFieldPath":"spec.b"}""", """{"kind":"K","spec":{"b":1}}""", """{"kind":"K","spec":{"b":null}}""" },
        { """{"fromFieldPath":"spec.a","toFieldPath":"spec.items[*].name"}""", """{"kind":"K","spec":{"items":[{"name":""},{"name":"y"}]}}""", """{"kind":"K","spec":{"items":[{"name":"x"},{"name":"x"}]}}""" },
        { """{"type":"CombineFromComposite","combine":{"variables":[{"fromFieldPath":"spec.a"},{"fromFieldPath":"spec.n"}],"strategy":"string","string":{"fmt":"%s-%v"}},"toFieldPath":"metadata.name"}""", """{"kind":"K"}""", """{"kind":"K","metadata":{"name":"x-3"}}""" },
        { """{"fromFieldPath":"spec.list","toFieldPath":"spec.list","policy":{"toFieldPath":"MergeObjectsAppendArrays"}}""", """{"kind":"K","spec":{"list":["q","r"]}}""", """{"kind":"K","spec":{"list":["q","r","p"]}}""" },
    };

    [Theory]
    [MemberData(nameof(Writes))]
    public void Apply_Patch_WritesTarget(string patchJson, string toJson, string want)
    {
        var patch = InputDecoder.DecodePatch(JsonNode.Parse(patchJson), out _)!;
        var to = (JsonObject)GoValue.Normalize(JsonNode.Parse(toJson))!;
        Assert.Null(PatchApplier.Apply(patch, GoValue.ToFloatTyped(JsonNode.Parse(From))!, to));
        Assert.True(GoValue.JsonEquals(JsonNode.Parse(want), to), to.ToJsonString());
    }

    public static TheoryData<string, string, bool> Errors => new()
    {
        { """{"fromFieldPath":"spec.missing"}""", "spec.missing: no such field", true },
        { """{"type":"CombineFromComposite","combine":{"variables":[{"fromFieldPath":"spec.a"},{"fromFieldPath":"spec.zz"}],"strategy":"string","string":{"fmt":"%s%s"}},"toFieldPath":"x"}""", "spec.zz: no such field", true },
        { """{"fromFieldPath":"spec.a","toFieldPath":"spec.items[*].name"}""", "cannot expand ToFieldPath spec.items[*].name", false },
        { """{"fromFieldPath":"spec.a","toFieldPath":"kind.x"}""", "cannot patch to object: kind is not an object", false },
        { """{"fromFieldPath":"spec.n","transforms":[{"type":"convert","convert":{"toType":"string","format":"json"}}]}""", "transform at index 0 returned error: convert transform could not resolve: conversion from float64 to string is not supported with format json", false },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void Apply_Failure_ReportsMessageAndNotFound(string patchJson, string want, bool notFound)
    {
        var patch = InputDecoder.DecodePatch(JsonNode.Parse(patchJson), out _)!;
        var error = PatchApplier.Apply(patch, GoValue.ToFloatTyped(JsonNode.Parse(From))!, new JsonObject { ["kind"] = "K" });
        Assert.Equal(want, error?.Message);
        Assert.Equal(notFound, error!.NotFound);
    }

    [Fact]
    public void Resolve_PatchSets_InlinedInPlaceInOrder()
    {
        var sets = new[]
        {
            new PatchSetSpec("s", [Patch("""{"fromFieldPath":"a"}"""), Patch("""{"fromFieldPath":"b"}""")]),
        };
        var template = new ComposedTemplate("r", null, [Patch("""{"fromFieldPath":"x"}"""), Patch("""{"type":"PatchSet","patchSetName":"s"}"""), Patch("""{"fromFieldPath":"y"}""")], [], []);
        var resolved = PatchSetResolver.Resolve(sets, [template], out var error)!;
        Assert.Null(error);
        Assert.Equal(["x", "a", "b", "y"], resolved[0].Patches.Select(p => p.FromFieldPath));
    }

    private static PatchSpec Patch(string json) => InputDecoder.DecodePatch(JsonNode.Parse(json), out _)!;
}
