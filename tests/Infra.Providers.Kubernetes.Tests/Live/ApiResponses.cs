using System.Text.Json.Nodes;

namespace Infra.Providers.Kubernetes.Tests.Live;

/// <summary>Response bodies shaped like the ones a real API server (v1.30) sends.</summary>
public static class ApiResponses
{
    public const string ApplyConflict = """
        {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Apply failed with 1 conflict: conflict with \"kubectl-client-side-apply\" using apps/v1: .spec.replicas","reason":"Conflict","details":{"causes":[{"reason":"FieldManagerConflict","message":"conflict with \"kubectl-client-side-apply\" using apps/v1","field":".spec.replicas"}]},"code":409}
        """;

    public const string Invalid = """
        {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Deployment.apps \"web\" is invalid: [spec.template.spec.containers[0].image: Required value, spec.replicas: Invalid value: -1: must be greater than or equal to 0]","reason":"Invalid","details":{"name":"web","group":"apps","kind":"Deployment","causes":[{"reason":"FieldValueRequired","message":"Required value","field":"spec.template.spec.containers[0].image"},{"reason":"FieldValueInvalid","message":"Invalid value: -1: must be greater than or equal to 0","field":"spec.replicas"}]},"code":422}
        """;

    public const string Forbidden = """
        {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"deployments.apps \"web\" is forbidden: User \"system:serviceaccount:ci:deployer\" cannot patch resource \"deployments\" in API group \"apps\" in the namespace \"prod\"","reason":"Forbidden","details":{"name":"web","group":"apps","kind":"deployments"},"code":403}
        """;

    public const string DeploymentNotFound = """
        {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"deployments.apps \"web\" not found","reason":"NotFound","details":{"name":"web","group":"apps","kind":"deployments"},"code":404}
        """;

    public const string DeleteSuccess = """
        {"kind":"Status","apiVersion":"v1","metadata":{},"status":"Success","details":{"name":"web","group":"apps","kind":"deployments","uid":"6f1f4a3e-9b4e-4c38-a5f4-2d3b8c1e0a11"}}
        """;

    public const string TektonDiscovery = """
        {"kind":"APIResourceList","apiVersion":"v1","groupVersion":"tekton.dev/v1","resources":[{"name":"pipelines","singularName":"pipeline","namespaced":true,"kind":"Pipeline","verbs":["delete","deletecollection","get","list","patch","create","update","watch"],"categories":["tekton","tekton-pipelines"],"storageVersionHash":"Ohz3mVpZ5Lw="},{"name":"pipelines/status","singularName":"","namespaced":true,"kind":"Pipeline","verbs":["get","patch","update"]},{"name":"tasks","singularName":"task","namespaced":true,"kind":"Task","verbs":["get","list","patch","create","update","delete","watch"]}]}
        """;

    /// <summary>The object as the server returns it after an apply: input plus server metadata and status.</summary>
    public static string Stored(string requestBody, string status)
    {
        var stored = JsonNode.Parse(requestBody)!.AsObject();
        var metadata = stored["metadata"]!.AsObject();
        metadata["uid"] = "6f1f4a3e-9b4e-4c38-a5f4-2d3b8c1e0a11";
        metadata["resourceVersion"] = "48213";
        metadata["generation"] = 1;
        metadata["creationTimestamp"] = "2026-11-25T20:00:00Z";
        metadata["managedFields"] = JsonNode.Parse("""[{"manager":"infra","operation":"Apply","apiVersion":"apps/v1","time":"2026-11-25T20:00:00Z","fieldsType":"FieldsV1","fieldsV1":{"f:spec":{"f:replicas":{}}}}]""");
        stored["status"] = JsonNode.Parse(status);
        return stored.ToJsonString();
    }
}
