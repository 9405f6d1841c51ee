using System.Text.Json.Nodes;
using Infra.Compositions.Rendering;

namespace Infra.Compositions.Tests.Rendering;

public sealed class XrdValidatorTests
{
    private static JsonObject Xrd(string specProperties)
    {
        var schema = new JsonObject
        {
            ["type"] = "object",
            ["properties"] = new JsonObject { ["spec"] = new JsonObject { ["type"] = "object", ["properties"] = JsonNode.Parse(specProperties) } },
        };
        return new JsonObject
        {
            ["spec"] = new JsonObject
            {
                ["group"] = "example.org",
                ["names"] = new JsonObject { ["kind"] = "XR", ["plural"] = "xrs" },
                ["versions"] = new JsonArray(new JsonObject { ["name"] = "v1", ["schema"] = new JsonObject { ["openAPIV3Schema"] = schema } }),
            },
        };
    }

    public static TheoryData<string, string, string> Cases => new()
    {
        { """{"size":{"type":"integer"}}""", """{"size":3}""", "" },
        { """{"size":{"type":"integer"}}""", """{"size":"big"}""", "spec.size: integer expected (size)" },
        { """{"note":{"type":"string","nullable":true}}""", """{"note":null}""", "" },
        { """{"port":{"x-kubernetes-int-or-string":true}}""", """{"port":"http"}""", "" },
        { """{"port":{"x-kubernetes-int-or-string":true}}""", """{"port":80}""", "" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_Spec_ReportsFieldPaths(string properties, string spec, string want)
    {
        var xr = (JsonObject)JsonNode.Parse($$"""{"apiVersion":"example.org/v1","kind":"XR","metadata":{"name":"x"},"spec":{{spec}}}""")!;
        var problems = XrdValidator.Validate(Xrd(properties), xr);
        Assert.Equal(want, string.Join("; ", problems.Select(p => $"{p.Path}: {p.Message}")));
    }

    [Fact]
    public void Validate_OtherKind_Rejected()
    {
        var xr = (JsonObject)JsonNode.Parse("""{"apiVersion":"example.org/v1","kind":"Other"}""")!;
        Assert.Equal("spec.names.kind: the XRD defines kind \"XR\", but the XR is a \"Other\"",
            string.Join("; ", XrdValidator.Validate(Xrd("{}"), xr).Select(p => $"{p.Path}: {p.Message}")));
    }
}
