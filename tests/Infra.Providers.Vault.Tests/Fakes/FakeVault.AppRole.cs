using System.Text.Json.Nodes;

namespace Infra.Providers.Fakes;

/// <summary>Auth backends: per-path <c>config</c>, and AppRole roles, <c>role-id</c>, SecretIDs by accessor and login.</summary>
internal sealed partial class FakeVault
{
    private readonly Dictionary<string, JsonObject> _authConfig = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject> _roles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Role, string SecretId)> _secretIds = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, JsonObject> Roles => _roles;

    public int SecretIdCount => _secretIds.Count;

    public IReadOnlyList<string> IssuedSecretIds => [.. _secretIds.Values.Select(s => s.SecretId)];

    private FakeResponse AuthCall(string path, FakeRequest request)
    {
        var backend = _auths.Keys.Where(a => path.StartsWith(a + "/", StringComparison.Ordinal)).OrderByDescending(a => a.Length).FirstOrDefault();
        if (backend is null)
        {
            return Error(404, $"no handler for route \"auth/{path}\". route entry not found.");
        }
        var rest = path[(backend.Length + 1)..];
        if (rest == "config")
        {
            if (request.Method == "GET")
            {
                return FakeResponse.Json(200, new JsonObject { ["data"] = _authConfig.GetValueOrDefault(backend)?.DeepClone() ?? new JsonObject() });
            }
            _authConfig[backend] = request.Json;
            return FakeResponse.NoContent;
        }
        if (rest == "login")
        {
            var role = _roles.FirstOrDefault(r => r.Value["role_id"]?.GetValue<string>() == request.Json["role_id"]?.GetValue<string>());
            var secret = request.Json["secret_id"]?.GetValue<string>();
            if (role.Value is null || !_secretIds.Values.Any(s => s.Role == role.Key && s.SecretId == secret))
            {
                return Error(400, "invalid role or secret ID");
            }
            var token = "approle-token-" + Guid.NewGuid().ToString("N")[..8];
            _tokens.Add(token);
            return FakeResponse.Json(200, new JsonObject { ["auth"] = new JsonObject { ["client_token"] = token, ["policies"] = role.Value["token_policies"]?.DeepClone() } });
        }
        if (Tail(rest, "role/") is not { } roleRest)
        {
            return Error(405, "unsupported operation");
        }
        var parts = roleRest.Split('/', 2);
        var key = $"auth/{backend}/role/{parts[0]}";
        return parts.Length == 1 ? RoleCall(key, request) : RoleSubCall(key, parts[1], request);
    }

    private FakeResponse RoleCall(string key, FakeRequest request)
    {
        switch (request.Method)
        {
            case "GET":
                if (!_roles.TryGetValue(key, out var stored))
                {
                    return Error(404, "");
                }
                var view = (JsonObject)stored.DeepClone();
                view.Remove("role_id");
                return FakeResponse.Json(200, new JsonObject { ["data"] = view });
            case "POST" or "PUT":
                var role = _roles.TryGetValue(key, out var existing) ? existing : _roles[key] = new JsonObject
                {
                    ["role_id"] = Guid.NewGuid().ToString(),
                    ["bind_secret_id"] = true,
                    ["token_policies"] = new JsonArray(),
                    ["token_ttl"] = 0,
                    ["token_max_ttl"] = 0,
                    ["secret_id_ttl"] = 0,
                    ["secret_id_num_uses"] = 0,
                };
                foreach (var (field, value) in request.Json)
                {
                    role[field] = value?.DeepClone();
                }
                return FakeResponse.NoContent;
            case "DELETE":
                _roles.Remove(key);
                return FakeResponse.NoContent;
            default:
                return Error(405, "unsupported operation");
        }
    }

    private FakeResponse RoleSubCall(string key, string sub, FakeRequest request)
    {
        if (!_roles.TryGetValue(key, out var role))
        {
            return Error(400, $"role \"{key.Split('/')[^1]}\" does not exist");
        }
        var accessor = request.Json["secret_id_accessor"]?.GetValue<string>() ?? "";
        switch (sub)
        {
            case "role-id":
                return FakeResponse.Json(200, new JsonObject { ["data"] = new JsonObject { ["role_id"] = role["role_id"]!.GetValue<string>() } });
            case "secret-id" when request.Method == "POST":
                var id = Guid.NewGuid().ToString();
                var newAccessor = Guid.NewGuid().ToString();
                _secretIds[newAccessor] = (key, id);
                return FakeResponse.Json(200, new JsonObject { ["data"] = new JsonObject { ["secret_id"] = id, ["secret_id_accessor"] = newAccessor, ["secret_id_ttl"] = 0 } });
            case "secret-id-accessor/lookup":
                return _secretIds.TryGetValue(accessor, out var found) && found.Role == key
                    ? FakeResponse.Json(200, new JsonObject { ["data"] = new JsonObject { ["secret_id_accessor"] = accessor, ["metadata"] = new JsonObject() } })
                    : Error(404, "");
            case "secret-id-accessor/destroy":
                return _secretIds.Remove(accessor) ? FakeResponse.NoContent : Error(404, "");
            default:
                return Error(405, "unsupported operation");
        }
    }
}
