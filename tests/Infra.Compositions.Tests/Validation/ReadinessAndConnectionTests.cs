using System.Text.Json.Nodes;
using Infra.Compositions.Connection;
using Infra.Compositions.Input;
using Infra.Compositions.Readiness;
using Infra.Compositions.Values;

namespace Infra.Compositions.Tests.Validation;

public sealed class ReadinessAndConnectionTests
{
    private const string Observed = """{"apiVersion":"v1","kind":"B","metadata":{"uid":"u"},"spec":{"n":5,"flag":true},"status":{"conditions":[{"type":"Ready","status":"False"}]}}""";

    public static TheoryData<string, bool, string?> Checks => new()
    {
        { "[]", false, null },
        { """[{"type":"None"}]""", true, null },
        { """[{"type":"NonEmpty","fieldPath":"metadata.uid"}]""", true, null },
        { """[{"type":"NonEmpty","fieldPath":"metadata.name"}]""", false, null },
        { """[{"type":"MatchTrue","fieldPath":"spec.flag"}]""", true, null },
        { """[{"type":"MatchCondition","matchCondition":{"type":"Synced","status":"Unknown"}}]""", true, null },
        { """[{"type":"MatchInteger","fieldPath":"spec.n","matchInteger":5}]""", false, "cannot run readiness check at index 0: spec.n: not a (int64) number" },
        { """[{"type":"MatchString","fieldPath":"spec.n","matchString":"5"}]""", false, "cannot run readiness check at index 0: spec.n: not a string" },
        { """[{"type":"None"},{"type":"Olala"}]""", false, "cannot run readiness check at index 1: invalid: type: Invalid value: \"Olala\": unknown readiness check type" },
    };

    [Theory]
    [MemberData(nameof(Checks))]
    public void IsReady_ObservedWithFloatNumbers_FollowsRealFunction(string checksJson, bool want, string? wantError)
    {
        var checks = InputDecoder.DecodeList(JsonNode.Parse(checksJson), "readinessChecks", InputDecoder.Readiness, out _)!;
        var observed = GoValue.ToFloatTypedObject((JsonObject)JsonNode.Parse(Observed)!);
        Assert.Equal(want, ReadinessChecker.IsReady(observed, checks, out var error));
        Assert.Equal(wantError, error);
    }

    [Fact]
    public void Extract_MixedDetails_StringsVerbatimOthersAsJson()
    {
        var details = InputDecoder.DecodeList(JsonNode.Parse("""
            [{"name":"a","type":"FromValue","value":"v"},
             {"name":"b","type":"FromFieldPath","fromFieldPath":"spec.n"},
             {"name":"c","type":"FromFieldPath","fromFieldPath":"spec"},
             {"name":"d","type":"FromConnectionSecretKey","fromConnectionSecretKey":"missing"}]
            """), "connectionDetails", InputDecoder.Connection, out _)!;
        var observed = GoValue.ToFloatTypedObject((JsonObject)JsonNode.Parse(Observed)!);
        var got = ConnectionDetailsExtractor.Extract(observed, new Dictionary<string, string>(), details, out var error)!;
        Assert.Null(error);
        Assert.Equal("a=v;b=5;c={\"flag\":true,\"n\":5}", string.Join(";", got.OrderBy(p => p.Key).Select(p => $"{p.Key}={p.Value}")));
    }

    [Fact]
    public void Generate_NoRefs_DefaultsToXrNameInXrNamespace()
    {
        var xr = (JsonObject)JsonNode.Parse("""{"metadata":{"name":"db","namespace":"ns"},"spec":{"crossplane":{}}}""")!;
        Assert.Equal(("db-connection", "ns"), ConnectionSecretRefs.Generate(xr, null, out _));
        Assert.False(ConnectionSecretRefs.SupportsConnectionDetails(xr));
    }
}
