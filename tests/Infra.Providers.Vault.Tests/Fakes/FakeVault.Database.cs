using System.Text.Json.Nodes;

namespace Infra.Providers.Fakes;

/// <summary>
/// database mounts: <c>config/{name}</c> (the password is stored but never returned, as in Vault; <c>plugin_name</c> is
/// required) and <c>roles/{name}</c> (a write replaces the role; TTLs read back in seconds).
/// </summary>
internal sealed partial class FakeVault
{
    private readonly Dictionary<string, JsonObject> _dbConfigs = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonObject> _dbRoles = new(StringComparer.Ordinal);

    /// <summary>Connections by <c>{mount}/config/{name}</c>, as stored (with the password).</summary>
    public Dictionary<string, JsonObject> DatabaseConfigs => _dbConfigs;

    public Dictionary<string, JsonObject> DatabaseRoles => _dbRoles;

    private FakeResponse DatabaseCall(string mount, string rest, FakeRequest request)
    {
        if (Tail(rest, "roles/") is { } role)
        {
            return RoleCall(_dbRoles, $"{mount}/roles/{role}", request, () => new JsonObject { ["creation_statements"] = new JsonArray(), ["revocation_statements"] = new JsonArray(), ["default_ttl"] = 0, ["max_ttl"] = 0 });
        }
        if (Tail(rest, "config/") is not { } name)
        {
            return Error(405, "unsupported operation");
        }
        var id = $"{mount}/config/{name}";
        switch (request.Method)
        {
            case "GET":
                if (!_dbConfigs.TryGetValue(id, out var config))
                {
                    return Error(404, "");
                }
                var shown = (JsonObject)config.DeepClone();
                shown.Remove("password");
                return FakeResponse.Json(200, new JsonObject { ["data"] = shown });
            case "POST" or "PUT":
                var body = request.Json;
                if (body["plugin_name"]?.GetValue<string>() is not { Length: > 0 } plugin)
                {
                    return Error(400, "plugin_name must be provided");
                }
                _dbConfigs[id] = new JsonObject
                {
                    ["plugin_name"] = plugin,
                    ["connection_details"] = new JsonObject { ["connection_url"] = body["connection_url"]?.DeepClone(), ["username"] = body["username"]?.DeepClone() },
                    ["allowed_roles"] = body["allowed_roles"]?.DeepClone() ?? new JsonArray(),
                    ["verify_connection"] = body["verify_connection"]?.DeepClone() ?? true,
                    ["password"] = body["password"]?.DeepClone(),
                };
                return FakeResponse.NoContent;
            case "DELETE":
                _dbConfigs.Remove(id);
                return FakeResponse.NoContent;
            default:
                return Error(405, "unsupported operation");
        }
    }
}
