using System.Text.Json.Nodes;

namespace Infra.Providers.Fakes;

/// <summary>
/// The catalog: PUT <c>register</c> upserts a node and one service on it, PUT <c>deregister</c> removes a service
/// (<c>ServiceID</c>) or the whole node, GET <c>node/{node}</c> answers <c>{"Node":…,"Services":{id:…}}</c> or
/// <c>null</c> when the node is unknown (as Consul does).
/// </summary>
internal sealed partial class FakeConsul
{
    /// <summary>Nodes by name: the node object and its services by ID.</summary>
    public Dictionary<string, (JsonObject Node, Dictionary<string, JsonObject> Services)> Catalog { get; } = new(StringComparer.Ordinal);

    private FakeResponse CatalogCall(string path, FakeRequest request)
    {
        var body = request.Json;
        switch (request.Method, path)
        {
            case ("PUT", "register"):
                var name = body["Node"]?.GetValue<string>();
                if (string.IsNullOrEmpty(name) || string.IsNullOrEmpty(body["Address"]?.GetValue<string>()))
                {
                    return Text(400, "Must provide node and address");
                }
                var node = new JsonObject { ["Node"] = name, ["Address"] = body["Address"]!.DeepClone(), ["Meta"] = body["NodeMeta"]?.DeepClone(), ["ModifyIndex"] = ++_index };
                var services = Catalog.TryGetValue(name, out var existing) ? existing.Services : new Dictionary<string, JsonObject>(StringComparer.Ordinal);
                if (body["Service"] is JsonObject service)
                {
                    var id = service["ID"]?.GetValue<string>() is { Length: > 0 } given ? given : service["Service"]!.GetValue<string>();
                    service["ID"] = id;
                    services[id] = (JsonObject)service.DeepClone();
                }
                Catalog[name] = (node, services);
                return FakeResponse.Json(200, true);
            case ("PUT", "deregister"):
                var target = body["Node"]?.GetValue<string>() ?? "";
                if (body["ServiceID"]?.GetValue<string>() is { } serviceId)
                {
                    if (Catalog.TryGetValue(target, out var entry))
                    {
                        entry.Services.Remove(serviceId);
                    }
                }
                else
                {
                    Catalog.Remove(target);
                }
                return FakeResponse.Json(200, true);
            case ("GET", _) when path.StartsWith("node/", StringComparison.Ordinal):
                if (!Catalog.TryGetValue(path["node/".Length..], out var found))
                {
                    return new FakeResponse(200, "null");
                }
                var listed = new JsonObject();
                foreach (var (id, listedService) in found.Services)
                {
                    listed[id] = listedService.DeepClone();
                }
                return FakeResponse.Json(200, new JsonObject { ["Node"] = found.Node.DeepClone(), ["Services"] = listed });
            default:
                return Text(405, "method not allowed");
        }
    }
}
