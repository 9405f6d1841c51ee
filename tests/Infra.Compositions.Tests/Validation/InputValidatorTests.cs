using System.Text.Json.Nodes;
using Infra.Compositions.Input;
using Infra.Compositions.Validation;

namespace Infra.Compositions.Tests.Validation;

public sealed class InputValidatorTests
{
    public static TheoryData<string, string> Cases => new()
    {
        { """{"resources":[]}""", "resources: Required value: resources or environment patches are required" },
        { """{"resources":[{"base":{"kind":"K"}}]}""", "resources[0].name: Required value: name is required" },
        { """{"resources":[{"name":"r","patches":[{"type":"Bogus"}]}]}""", "resources[0].patches[0].type: Invalid value: \"Bogus\": unknown patch type" },
        { """{"resources":[{"name":"r","patches":[{"fromFieldPath":"a","transforms":[{"type":"math"}]}]}]}""", "resources[0].patches[0].transforms[0].math: Required value: given transform type math requires configuration" },
        { """{"resources":[{"name":"r","patches":[{"fromFieldPath":"a","policy":{"toFieldPath":"Optional"}}]}]}""", "resources[0].patches[0].policy.toFieldPathPolicy: Invalid value: \"Optional\": unknown toFieldPathPolicy" },
        { """{"resources":[{"name":"r","connectionDetails":[{"name":"n","type":"FromValue"}]}]}""", "resources[0].connectionDetails[0].value: Required value: value connection detail requires a value" },
        { """{"resources":[{"name":"r","readinessChecks":[{"type":"MatchString","fieldPath":"a"}]}]}""", "resources[0].readinessChecks[0].matchString: Required value: cannot be nil for type MatchString" },
        { """{"environment":{"patches":[{"type":"PatchSet","patchSetName":"x"}]}}""", "environment.patches[0][type]: Invalid value: \"PatchSet\": invalid environment patch type" },
        { """{"patchSets":[{"name":"s","patches":[{"type":"PatchSet","patchSetName":"t"}]}],"resources":[{"name":"r"}]}""", "patches[0].type: Invalid value: \"PatchSet\": patch type *v1beta1.PatchSetPatch does not support patch of type PatchSet" },
        { """{"resources":[{"name":"r","patches":[{"type":"CombineFromComposite","toFieldPath":"x","combine":{"strategy":"string","string":{"fmt":"%s"},"variables":[{"fromFieldPath":""}]}}]}]}""", "resources[0].patches[0].combine.variables[0].fromFieldPath: Required value: fromFieldPath must be set for each combine variable" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Resources_InvalidInput_FirstErrorWithFieldPath(string inputJson, string want)
    {
        var input = InputDecoder.DecodeResources(JsonNode.Parse(inputJson), out var decodeError);
        Assert.Null(decodeError);
        Assert.Equal(want, InputValidator.Resources(input!)?.ToString());
    }

    [Fact]
    public void DecodeResources_UnknownMember_IsRejectedWithItsPath()
    {
        InputDecoder.DecodeResources(JsonNode.Parse("""{"resources":[{"name":"r","patches":[{"fromFieldPath":"a","policy":{"mergeOptions":{}}}]}]}"""), out var error);
        Assert.Equal("unknown field \"resources[0].patches[0].policy.mergeOptions\"", error);
    }
}
