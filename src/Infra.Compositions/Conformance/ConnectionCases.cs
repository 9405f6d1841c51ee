using System.Text.Json.Nodes;
using Infra.Compositions.Connection;
using Infra.Compositions.Input;
using Infra.Compositions.Values;

namespace Infra.Compositions.Conformance;

/// <summary>Runs <c>kind: connection</c> vectors: detail extraction, secret reference, v1/v2 detection.</summary>
internal static class ConnectionCases
{
    public static string? Run(JsonObject testCase)
    {
        var op = testCase["op"] is JsonValue o ? GoValue.AsString(o) : "";
        var input = testCase["input"] as JsonObject ?? new JsonObject();
        switch (op)
        {
            case "secretRef":
                {
                    var xr = GoValue.ToFloatTyped(input["xr"]) as JsonObject ?? new JsonObject();
                    var spec = InputDecoder.DecodeConnectionSecretRef(input["writeConnectionSecretToRef"], out var decodeError);
                    if (decodeError is not null) return CaseCheck.Error(testCase, decodeError, () => null);
                    var reference = ConnectionSecretRefs.Generate(xr, spec, out var error);
                    return CaseCheck.Error(testCase, error, () => CaseCheck.Equal(testCase["want"],
                        new JsonObject { ["name"] = reference!.Value.Name, ["namespace"] = reference.Value.Namespace }));
                }
            case "supportsConnectionDetails":
                {
                    var xr = GoValue.ToFloatTyped(input["xr"]) as JsonObject ?? new JsonObject();
                    return CaseCheck.Equal(testCase["want"], JsonValue.Create(ConnectionSecretRefs.SupportsConnectionDetails(xr)));
                }
            default:
                {
                    var details = InputDecoder.DecodeList(testCase["config"]?["connectionDetails"], "connectionDetails", InputDecoder.Connection, out var decodeError);
                    if (details is null) return CaseCheck.Error(testCase, decodeError, () => null);
                    var observed = GoValue.ToFloatTyped(input["observed"]) as JsonObject ?? new JsonObject();
                    var secret = (input["connectionSecret"] as JsonObject ?? new JsonObject())
                        .ToDictionary(p => p.Key, p => p.Value is null ? "" : GoValue.AsString(p.Value), StringComparer.Ordinal);
                    var extracted = ConnectionDetailsExtractor.Extract(observed, secret, details, out var error);
                    return CaseCheck.Error(testCase, error, () =>
                    {
                        var got = new JsonObject();
                        foreach (var (k, v) in extracted!) got[k] = v;
                        return CaseCheck.Equal(testCase["want"], got);
                    });
                }
        }
    }
}
