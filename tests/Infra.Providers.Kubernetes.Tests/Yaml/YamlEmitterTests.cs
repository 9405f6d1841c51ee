using System.Text.Json.Nodes;
using Infra.Providers.Kubernetes.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Infra.Providers.Kubernetes.Tests.Yaml;

public sealed class YamlEmitterTests
{
    public static TheoryData<string, string> Scalars => new()
    {
        { "plain", "plain" },
        { "1Gi", "1Gi" },
        { "100m", "100m" },
        { "nginx:1.27", "nginx:1.27" },
        { "app.kubernetes.io/name", "app.kubernetes.io/name" },
        { "yes", "\"yes\"" },
        { "No", "\"No\"" },
        { "on", "\"on\"" },
        { "OFF", "\"OFF\"" },
        { "y", "\"y\"" },
        { "true", "\"true\"" },
        { "null", "\"null\"" },
        { "~", "\"~\"" },
        { "", "\"\"" },
        { "123", "\"123\"" },
        { "0777", "\"0777\"" },
        { "0x1F", "\"0x1F\"" },
        { "1e3", "\"1e3\"" },
        { "1.0", "\"1.0\"" },
        { "+inf", "\"+inf\"" },
        { ".NaN", "\".NaN\"" },
        { "1:20", "\"1:20\"" },
        { "2024-01-01", "\"2024-01-01\"" },
        { "1_000", "\"1_000\"" },
        { "- item", "\"- item\"" },
        { "key: value", "\"key: value\"" },
        { "a #comment", "\"a #comment\"" },
        { "*alias", "\"*alias\"" },
        { "&anchor", "\"&anchor\"" },
        { "!tag", "\"!tag\"" },
        { "{json}", "\"{json}\"" },
        { "@at", "\"@at\"" },
        { " padded", "\" padded\"" },
        { "ends:", "\"ends:\"" },
        { "tab\there", "\"tab\\there\"" },
        { "quote\"d", "quote\"d" },
        { "<<", "\"<<\"" },
        { "=", "\"=\"" },
        { "héllo", "héllo" },
        { "--port", "--port" },
        { "-", "\"-\"" },
        { "---", "\"---\"" },
        { "-5", "\"-5\"" },
    };

    [Theory]
    [MemberData(nameof(Scalars))]
    public void Emit_StringValue_QuotedOnlyWhenAmbiguous(string value, string expected)
    {
        var yaml = YamlEmitter.Emit(new JsonObject { ["k"] = value });

        Assert.Equal($"k: {expected}\n", yaml);
        Assert.Equal(value, ReadBack(yaml)["k"]);
    }

    [Fact]
    public void Emit_NestedManifest_SortedKeysCompactSequences()
    {
        var manifest = JsonNode.Parse("""
            {"spec":{"containers":[{"name":"web","image":"nginx","args":["--port","80"],"env":[]}],"replicas":2,"paused":false,"x":null},
             "kind":"Deployment","apiVersion":"apps/v1","metadata":{"name":"web","labels":{"on":"yes"},"annotations":{}}}
            """);

        var yaml = YamlEmitter.Emit(manifest);

        Assert.Equal(
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              annotations: {}
              labels:
                "on": "yes"
              name: web
            spec:
              containers:
              - args:
                - --port
                - "80"
                env: []
                image: nginx
                name: web
              paused: false
              replicas: 2
              x: null

            """.ReplaceLineEndings("\n"),
            yaml);
    }

    public static TheoryData<string, string> MultiLine => new()
    {
        { "line1\nline2\n", "k: |\n  line1\n  line2\n" },
        { "line1\nline2", "k: |-\n  line1\n  line2\n" },
        { "line1\n\n", "k: |+\n  line1\n\n" },
        { "  indented\nnext\n", "k: |2\n    indented\n  next\n" },
        { "a\n\nb\n", "k: |\n  a\n\n  b\n" },
        { "trailing space \nx", "k: \"trailing space \\nx\"" + "\n" },
        { "cr\r\nlf", "k: \"cr\\r\\nlf\"\n" },
    };

    [Theory]
    [MemberData(nameof(MultiLine))]
    public void Emit_MultiLineString_RoundTrips(string value, string expected)
    {
        var yaml = YamlEmitter.Emit(new JsonObject { ["k"] = value });

        Assert.Equal(expected, yaml);
        Assert.Equal(value, ReadBack(yaml)["k"]);
    }

    [Fact]
    public void Emit_LiteralBlockInsideSequence_RoundTrips()
    {
        var doc = new JsonObject { ["items"] = new JsonArray("#!/bin/sh\necho hi\n", new JsonObject { ["script"] = "a\nb\n", ["n"] = 1 }) };

        var yaml = YamlEmitter.Emit(doc);

        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var items = (YamlSequenceNode)((YamlMappingNode)stream.Documents[0].RootNode)["items"];
        Assert.Equal("#!/bin/sh\necho hi\n", ((YamlScalarNode)items[0]).Value);
        Assert.Equal("a\nb\n", ((YamlScalarNode)((YamlMappingNode)items[1])["script"]).Value);
    }

    private static Dictionary<string, string?> ReadBack(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        return root.Children.ToDictionary(
            c => ((YamlScalarNode)c.Key).Value!,
            c => c.Value is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.DoubleQuoted or ScalarStyle.Literal } s ? s.Value : null);
    }
}
