using System.Text.Json.Nodes;

namespace Infra.Providers.Kubernetes.Tests.Live;

public static class TestManifests
{
    public static JsonObject Deployment(string name = "web", string? ns = "prod", int replicas = 3)
    {
        var manifest = JsonNode.Parse("""
            {"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"NAME","labels":{"app":"NAME"}},
             "spec":{"replicas":1,"selector":{"matchLabels":{"app":"NAME"}},
                     "template":{"metadata":{"labels":{"app":"NAME"}},"spec":{"containers":[{"name":"web","image":"nginx:1.27","ports":[{"containerPort":80}],
                     "resources":{"requests":{"cpu":"100m","memory":"128Mi"}}}]}}}}
            """.Replace("NAME", name))!.AsObject();
        manifest["spec"]!["replicas"] = replicas;
        if (ns is not null)
        {
            manifest["metadata"]!["namespace"] = ns;
        }

        return manifest;
    }

    public static JsonObject Namespace(string name) => JsonNode.Parse($$$"""{"apiVersion":"v1","kind":"Namespace","metadata":{"name":"{{{name}}}"}}""")!.AsObject();

    public static JsonObject ConfigMap(string name, string ns, JsonObject data) => new()
    {
        ["apiVersion"] = "v1",
        ["kind"] = "ConfigMap",
        ["metadata"] = new JsonObject { ["name"] = name, ["namespace"] = ns },
        ["data"] = data,
    };

    public static JsonObject Secret(string name, string ns) => JsonNode.Parse($$$"""
        {"apiVersion":"v1","kind":"Secret","metadata":{"name":"{{{name}}}","namespace":"{{{ns}}}","labels":{"app":"db"}},"type":"Opaque",
         "data":{"password":"c3VwZXItc2VjcmV0LXZhbHVl"},"stringData":{"username":"admin-user-plaintext"}}
        """)!.AsObject();

    public static JsonObject Pipeline(string name, string ns) => JsonNode.Parse($$$"""
        {"apiVersion":"tekton.dev/v1","kind":"Pipeline","metadata":{"name":"{{{name}}}","namespace":"{{{ns}}}"},
         "spec":{"tasks":[{"name":"build","taskRef":{"name":"kaniko"}}]}}
        """)!.AsObject();
}
