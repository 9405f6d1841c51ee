using System.Text.Json.Nodes;

namespace Infra.Providers.Fakes;

/// <summary>
/// Prepared queries: POST <c>/v1/query</c> answers <c>{"ID":…}</c> and refuses a name already taken (400), GET
/// <c>/v1/query/{id}</c> answers a one-element array (404 "Query not found"), PUT replaces, DELETE removes.
/// </summary>
internal sealed partial class FakeConsul
{
    public Dictionary<string, JsonObject> Queries { get; } = new(StringComparer.Ordinal);

    private FakeResponse QueryCall(string id, FakeRequest request)
    {
        switch (request.Method)
        {
            case "POST" when id.Length == 0:
                var created = request.Json;
                if (NameTaken(created, ""))
                {
                    return Text(400, $"Invalid prepared query: name \"{created["Name"]}\" aliases an existing query name");
                }
                var newId = Guid.NewGuid().ToString();
                created["ID"] = newId;
                created["ModifyIndex"] = ++_index;
                Queries[newId] = created;
                return FakeResponse.Json(200, new JsonObject { ["ID"] = newId });
            case "GET" when Queries.TryGetValue(id, out var query):
                return FakeResponse.Json(200, new JsonArray(query.DeepClone()));
            case "PUT" when Queries.ContainsKey(id):
                var updated = request.Json;
                if (NameTaken(updated, id))
                {
                    return Text(400, $"Invalid prepared query: name \"{updated["Name"]}\" aliases an existing query name");
                }
                updated["ID"] = id;
                updated["ModifyIndex"] = ++_index;
                Queries[id] = updated;
                return new FakeResponse(200, "");
            case "DELETE" when Queries.Remove(id):
                return new FakeResponse(200, "");
            case "GET" or "PUT" or "DELETE":
                return Text(404, "Query not found");
            default:
                return Text(405, "method not allowed");
        }
    }

    private bool NameTaken(JsonObject query, string id) =>
        Queries.Any(q => q.Key != id && q.Value["Name"]?.GetValue<string>() == query["Name"]?.GetValue<string>());
}
