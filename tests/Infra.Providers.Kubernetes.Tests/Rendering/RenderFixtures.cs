using System.Text.Json.Nodes;
using Infra.Providers.Kubernetes.Tests.Live;

namespace Infra.Providers.Kubernetes.Tests.Rendering;

public static class RenderFixtures
{
    public static JsonObject Service(string name, string ns) => JsonNode.Parse($$$"""
        {"apiVersion":"v1","kind":"Service","metadata":{"name":"{{{name}}}","namespace":"{{{ns}}}"},"spec":{"selector":{"app":"{{{name}}}"},"ports":[{"port":80,"targetPort":8080}]}}
        """)!.AsObject();

    public static JsonObject Crd() => JsonNode.Parse("""
        {"apiVersion":"apiextensions.k8s.io/v1","kind":"CustomResourceDefinition","metadata":{"name":"widgets.example.com"},
         "spec":{"group":"example.com","names":{"kind":"Widget","plural":"widgets","singular":"widget"},"scope":"Namespaced",
          "versions":[{"name":"v1","served":true,"storage":true,"schema":{"openAPIV3Schema":{"type":"object","x-kubernetes-preserve-unknown-fields":true}}}]}}
        """)!.AsObject();

    /// <summary>A small stack given in an order unlike apply order.</summary>
    public static IReadOnlyList<JsonObject> Stack() =>
    [
        TestManifests.Pipeline("build", "ci"),
        TestManifests.Deployment("web", "prod"),
        Service("web", "prod"),
        TestManifests.ConfigMap("settings", "prod", new JsonObject { ["enabled"] = "yes", ["port"] = "8080", ["script"] = "#!/bin/sh\necho ok\n" }),
        Crd(),
        TestManifests.Namespace("prod"),
        TestManifests.Namespace("ci"),
    ];
}
