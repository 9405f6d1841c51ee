using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace Infra.Providers.Fakes;

/// <summary>
/// An in-process Consul that implements the HTTP shapes the provider depends on, following the Consul 1.17 API docs:
/// <c>X-Consul-Token</c> (403 "Permission denied" otherwise), plain-text error bodies, missing ACL objects as 403
/// "ACL not found", KV entries with base64 values, Raft indexes and <c>cas</c>, ACL policies (by ID and by name),
/// ACL tokens with policy links by name, config entries with <c>cas</c>, prepared queries and catalog registrations.
/// </summary>
internal sealed partial class FakeConsul : IDisposable
{
    public const string ManagementToken = "management-token-for-tests";

    private long _index = 10;

    public FakeConsul() => Server = new FakeHttpServer(Handle);

    public FakeHttpServer Server { get; }

    public string Address => Server.Address;

    public Dictionary<string, (string Value, long Flags, long ModifyIndex)> Kv { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, JsonObject> Policies { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, JsonObject> Tokens { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, JsonObject> Roles { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, JsonObject> ConfigEntries { get; } = new(StringComparer.Ordinal);

    /// <summary>Writes a key as someone outside Infra would (a new ModifyIndex).</summary>
    public void PutByHand(string key, string value) => Kv[key] = (value, Kv.GetValueOrDefault(key).Flags, ++_index);

    public void Dispose() => Server.Dispose();

    private FakeResponse Handle(FakeRequest request)
    {
        if (!(request.Headers.TryGetValue("X-Consul-Token", out var token) && token == ManagementToken))
        {
            return Text(403, "Permission denied: anonymous token lacks permission");
        }
        var path = request.Path["/v1/".Length..];
        if (path.StartsWith("kv/", StringComparison.Ordinal))
        {
            return KvCall(path["kv/".Length..], request);
        }
        if (path == "acl/policy" || path.StartsWith("acl/policy/", StringComparison.Ordinal))
        {
            return PolicyCall(path["acl/policy".Length..].TrimStart('/'), request);
        }
        if (path == "acl/role" || path.StartsWith("acl/role/", StringComparison.Ordinal))
        {
            return RoleCall(path["acl/role".Length..].TrimStart('/'), request);
        }
        if (path == "acl/token" || path.StartsWith("acl/token/", StringComparison.Ordinal))
        {
            return TokenCall(path["acl/token".Length..].TrimStart('/'), request);
        }
        if (path == "config" || path.StartsWith("config/", StringComparison.Ordinal))
        {
            return ConfigCall(path["config".Length..].TrimStart('/'), request);
        }
        if (path == "query" || path.StartsWith("query/", StringComparison.Ordinal))
        {
            return QueryCall(path["query".Length..].TrimStart('/'), request);
        }
        if (path.StartsWith("catalog/", StringComparison.Ordinal))
        {
            return CatalogCall(path["catalog/".Length..], request);
        }
        return Text(404, "");
    }

    private FakeResponse KvCall(string key, FakeRequest request)
    {
        switch (request.Method)
        {
            case "GET" when request.Query.ContainsKey("recurse"):
                var under = Kv.Keys.Where(k => k.StartsWith(key, StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
                return under.Count == 0 ? Text(404, "") : FakeResponse.Json(200, new JsonArray(under.Select(k => (JsonNode?)Entry(k)).ToArray()));
            case "GET":
                return Kv.ContainsKey(key) ? FakeResponse.Json(200, new JsonArray(Entry(key))) : Text(404, "");
            case "DELETE" when request.Query.ContainsKey("recurse"):
                foreach (var removed in Kv.Keys.Where(k => k.StartsWith(key, StringComparison.Ordinal)).ToList())
                {
                    Kv.Remove(removed);
                }
                return FakeResponse.Json(200, true);
            case "PUT":
                if (request.Query.TryGetValue("cas", out var cas) && long.Parse(cas, CultureInfo.InvariantCulture) != (Kv.TryGetValue(key, out var current) ? current.ModifyIndex : 0))
                {
                    return FakeResponse.Json(200, false);
                }
                var flags = request.Query.TryGetValue("flags", out var f) ? long.Parse(f, CultureInfo.InvariantCulture) : 0;
                Kv[key] = (request.Body, flags, ++_index);
                return FakeResponse.Json(200, true);
            case "DELETE":
                Kv.Remove(key);
                return FakeResponse.Json(200, true);
            default:
                return Text(405, "method not allowed");
        }
    }

    private JsonObject Entry(string key)
    {
        var entry = Kv[key];
        return new JsonObject
        {
            ["LockIndex"] = 0,
            ["Key"] = key,
            ["Flags"] = entry.Flags,
            ["Value"] = entry.Value.Length == 0 ? null : Convert.ToBase64String(Encoding.UTF8.GetBytes(entry.Value)),
            ["CreateIndex"] = entry.ModifyIndex,
            ["ModifyIndex"] = entry.ModifyIndex,
        };
    }

    private FakeResponse PolicyCall(string rest, FakeRequest request)
    {
        if (request.Method == "GET")
        {
            var found = rest.StartsWith("name/", StringComparison.Ordinal)
                ? Policies.Values.FirstOrDefault(p => p["Name"]!.GetValue<string>() == rest["name/".Length..])
                : Policies.GetValueOrDefault(rest);
            return found is null ? Text(403, "Requested policy does not exist: ACL not found") : FakeResponse.Json(200, found.DeepClone());
        }
        if (request.Method == "DELETE")
        {
            return Policies.Remove(rest) ? FakeResponse.Json(200, true) : Text(403, "Cannot find policy to delete");
        }
        var body = request.Json;
        var name = body["Name"]?.GetValue<string>() ?? "";
        var id = rest.Length > 0 ? rest : Guid.NewGuid().ToString();
        if (Policies.Values.Any(p => p["Name"]!.GetValue<string>() == name && p["ID"]!.GetValue<string>() != id))
        {
            return Text(400, $"Invalid Policy: A Policy with Name \"{name}\" already exists");
        }
        var created = Policies.TryGetValue(id, out var old) ? old["CreateIndex"]!.GetValue<long>() : ++_index;
        var policy = new JsonObject
        {
            ["ID"] = id,
            ["Name"] = name,
            ["Description"] = body["Description"]?.GetValue<string>() ?? "",
            ["Rules"] = body["Rules"]?.GetValue<string>() ?? "",
            ["Datacenters"] = body["Datacenters"] is JsonArray { Count: > 0 } dcs ? dcs.DeepClone() : null,
            ["Hash"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(name)),
            ["CreateIndex"] = created,
            ["ModifyIndex"] = ++_index,
        };
        Policies[id] = policy;
        return FakeResponse.Json(200, policy.DeepClone());
    }

    private FakeResponse RoleCall(string rest, FakeRequest request)
    {
        if (request.Method == "GET")
        {
            var found = rest.StartsWith("name/", StringComparison.Ordinal)
                ? Roles.Values.FirstOrDefault(r => r["Name"]!.GetValue<string>() == rest["name/".Length..])
                : Roles.GetValueOrDefault(rest);
            return found is null ? Text(403, "Requested role does not exist: ACL not found") : FakeResponse.Json(200, found.DeepClone());
        }
        if (request.Method == "DELETE")
        {
            return Roles.Remove(rest) ? FakeResponse.Json(200, true) : Text(403, "Cannot find role to delete");
        }
        var body = request.Json;
        var id = rest.Length > 0 ? rest : Guid.NewGuid().ToString();
        var role = new JsonObject
        {
            ["ID"] = id,
            ["Name"] = body["Name"]?.GetValue<string>() ?? "",
            ["Description"] = body["Description"]?.GetValue<string>() ?? "",
            ["Policies"] = body["Policies"]?.DeepClone() ?? new JsonArray(),
            ["ModifyIndex"] = ++_index,
        };
        Roles[id] = role;
        return FakeResponse.Json(200, role.DeepClone());
    }

    private FakeResponse TokenCall(string accessor, FakeRequest request)
    {
        if (request.Method == "GET")
        {
            return Tokens.TryGetValue(accessor, out var found) ? FakeResponse.Json(200, found.DeepClone()) : Text(403, "Requested token does not exist: ACL not found");
        }
        if (request.Method == "DELETE")
        {
            return Tokens.Remove(accessor) ? FakeResponse.Json(200, true) : Text(403, "Cannot find token to delete");
        }
        var body = request.Json;
        var links = new JsonArray();
        foreach (var link in body["Policies"] as JsonArray ?? [])
        {
            var name = link!["Name"]!.GetValue<string>();
            var policy = Policies.Values.FirstOrDefault(p => p["Name"]!.GetValue<string>() == name);
            if (policy is null)
            {
                return Text(400, $"No such ACL policy with name \"{name}\"");
            }
            links.Add(new JsonObject { ["ID"] = policy["ID"]!.GetValue<string>(), ["Name"] = name });
        }
        var id = accessor.Length > 0 ? accessor : Guid.NewGuid().ToString();
        var existing = Tokens.GetValueOrDefault(id);
        var token = new JsonObject
        {
            ["AccessorID"] = id,
            ["SecretID"] = existing?["SecretID"]?.GetValue<string>() ?? Guid.NewGuid().ToString(),
            ["Description"] = body["Description"]?.GetValue<string>() ?? "",
            ["Policies"] = links,
            ["Roles"] = body["Roles"]?.DeepClone() ?? new JsonArray(),
            ["Local"] = existing?["Local"]?.GetValue<bool>() ?? body["Local"]?.GetValue<bool>() ?? false,
            ["CreateIndex"] = existing?["CreateIndex"]?.GetValue<long>() ?? ++_index,
            ["ModifyIndex"] = ++_index,
        };
        Tokens[id] = token;
        return FakeResponse.Json(200, token.DeepClone());
    }

    private FakeResponse ConfigCall(string rest, FakeRequest request)
    {
        switch (request.Method)
        {
            case "GET":
                return ConfigEntries.TryGetValue(rest, out var entry) ? FakeResponse.Json(200, entry.DeepClone()) : Text(404, $"Config entry not found for \"{rest}\"");
            case "DELETE":
                ConfigEntries.Remove(rest);
                return FakeResponse.Json(200, true);
            case "PUT":
                var body = request.Json;
                var id = $"{body["Kind"]?.GetValue<string>()}/{body["Name"]?.GetValue<string>()}";
                var current = ConfigEntries.GetValueOrDefault(id);
                if (request.Query.TryGetValue("cas", out var cas) && long.Parse(cas, CultureInfo.InvariantCulture) != (current?["ModifyIndex"]!.GetValue<long>() ?? 0))
                {
                    return FakeResponse.Json(200, false);
                }
                body["Meta"] ??= null;
                body["CreateIndex"] = current?["CreateIndex"]!.GetValue<long>() ?? ++_index;
                body["ModifyIndex"] = ++_index;
                ConfigEntries[id] = body;
                return FakeResponse.Json(200, true);
            default:
                return Text(405, "method not allowed");
        }
    }

    private static FakeResponse Text(int status, string text) => new(status, text, "text/plain; charset=utf-8");
}
