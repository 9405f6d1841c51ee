using System.Text.Json.Nodes;
using Infra.Compositions.Function;
using Infra.Compositions.Values;

namespace Infra.Compositions.Tests.Function;

public sealed class PatchAndTransformFunctionTests
{
    private static FunctionResponse Run(string input, string xr, Dictionary<string, ResourceState>? observed = null) =>
        PatchAndTransformFunction.Run(new FunctionRequest(
            JsonNode.Parse(input),
            ResourceState.Of(GoValue.ToFloatTypedObject((JsonObject)JsonNode.Parse(xr)!)),
            observed ?? new Dictionary<string, ResourceState>(),
            null,
            new Dictionary<string, ResourceState>(),
            null));

    private const string Xr = """{"apiVersion":"x/v1","kind":"XR","metadata":{"name":"xr"},"spec":{"size":20,"region":"eu"}}""";

    public static TheoryData<string, string, string> Results => new()
    {
        {
            "required missing on a new resource skips it",
            """{"resources":[{"name":"b","base":{"apiVersion":"v1","kind":"B"},"patches":[{"fromFieldPath":"spec.nope","policy":{"fromFieldPath":"Required"}}]}]}""",
            "SEVERITY_WARNING: not adding new composed resource \"b\" to desired state because \"FromCompositeFieldPath\" patch at index 0 has 'policy.fromFieldPath: Required': spec.nope: no such field"
        },
        {
            "patch set indexes are counted after inlining",
            """{"patchSets":[{"name":"s","patches":[{"fromFieldPath":"spec.region"}]}],"resources":[{"name":"b","base":{"apiVersion":"v1","kind":"B"},"patches":[{"type":"PatchSet","patchSetName":"s"},{"fromFieldPath":"spec.region[0]"}]}]}""",
            "SEVERITY_FATAL: cannot render composed resource \"b\" \"FromCompositeFieldPath\" patch at index 1: spec.region: not an array"
        },
        {
            "unknown patch set",
            """{"resources":[{"name":"b","base":{"apiVersion":"v1","kind":"B"},"patches":[{"type":"PatchSet","patchSetName":"nope"}]}]}""",
            "SEVERITY_FATAL: cannot resolve PatchSets: cannot find PatchSet by name nope"
        },
        {
            "base without kind",
            """{"resources":[{"name":"b","base":{"apiVersion":"v1"}}]}""",
            "SEVERITY_FATAL: cannot parse base template of composed resource \"b\": Object 'Kind' is missing in '{\"apiVersion\":\"v1\"}'"
        },
    };

    [Theory]
    [MemberData(nameof(Results))]
    public void Run_Input_ReportsUpstreamResult(string name, string input, string want)
    {
        var response = Run(input, Xr);
        Assert.Equal(want, string.Join("\n", response.Results.Select(r => $"{r.Severity}: {r.Message}")));
        Assert.NotNull(name);
    }

    [Fact]
    public void Run_FloatFromXr_FormatsLikeGo()
    {
        var response = Run("""{"resources":[{"name":"b","base":{"apiVersion":"v1","kind":"B"},"patches":[{"fromFieldPath":"spec.size","toFieldPath":"spec.name","transforms":[{"type":"string","string":{"type":"Format","fmt":"disk-%d"}}]}]}]}""", Xr);
        Assert.Equal("disk-%!d(float64=20)", response.DesiredResources["b"].Resource["spec"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public void Run_ObservedReady_MarksReadyAndCopiesName()
    {
        var observed = new Dictionary<string, ResourceState>
        {
            ["b"] = ResourceState.Of((JsonObject)JsonNode.Parse("""{"apiVersion":"v1","kind":"B","metadata":{"name":"b-1"},"status":{"conditions":[{"type":"Ready","status":"True"}]}}""")!),
        };
        var response = Run("""{"resources":[{"name":"b","base":{"apiVersion":"v1","kind":"B"}}]}""", Xr, observed);
        Assert.Equal(ResourceState.ReadyTrue, response.DesiredResources["b"].Ready);
        Assert.Equal("b-1", response.DesiredResources["b"].Resource["metadata"]!["name"]!.GetValue<string>());
    }
}
