using System.Text.Json.Nodes;

namespace Infra.Providers.Fakes;

/// <summary>
/// An in-process Vault that implements the HTTP shapes the provider depends on, following the Vault 1.15 API docs:
/// <c>X-Vault-Token</c> (403 <c>{"errors":["permission denied"]}</c> otherwise), <c>{"errors":[…]}</c> bodies for
/// 400/404, <c>sys/mounts</c> and <c>sys/auth</c> tables keyed by <c>path/</c> (top level and under <c>data</c>),
/// ACL policies, KV v2 versions with check-and-set, AppRole roles/SecretIDs/login, transit keys, pki issuers
/// (1.11+ multi-issuer API: root generation, CSR, sign-intermediate, set-signed) and roles, and database connections and roles.
/// </summary>
internal sealed partial class FakeVault : IDisposable
{
    public const string RootToken = "root-token-for-tests";

    private readonly Dictionary<string, JsonObject> _mounts = new(StringComparer.Ordinal) { ["sys"] = Mount("system", "") };
    private readonly Dictionary<string, JsonObject> _auths = new(StringComparer.Ordinal) { ["token"] = Mount("token", "token based credentials") };
    private readonly HashSet<string> _tokens = [RootToken];
    private int _accessors;

    public FakeVault() => Server = new FakeHttpServer(Handle);

    public FakeHttpServer Server { get; }

    public string Address => Server.Address;

    public Dictionary<string, string> Policies { get; } = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, JsonObject> Mounts => _mounts;

    public IReadOnlyDictionary<string, JsonObject> Auths => _auths;

    public void Dispose() => Server.Dispose();

    private FakeResponse Handle(FakeRequest request)
    {
        if (!request.Path.StartsWith("/v1/", StringComparison.Ordinal))
        {
            return Error(404, "no handler for route");
        }
        var path = request.Path["/v1/".Length..];
        var login = path.EndsWith("/login", StringComparison.Ordinal) && path.StartsWith("auth/", StringComparison.Ordinal);
        if (!login && !(request.Headers.TryGetValue("X-Vault-Token", out var token) && _tokens.Contains(token)))
        {
            return Error(403, "permission denied");
        }
        var method = request.Method;
        if (path is "sys/mounts" or "sys/auth" && method == "GET")
        {
            return Table(path == "sys/mounts" ? _mounts : _auths);
        }
        if (Tail(path, "sys/mounts/") is { } mountPath)
        {
            return MountCall(_mounts, mountPath, request, ["kv", "transit", "pki", "database"]);
        }
        if (Tail(path, "sys/auth/") is { } authPath)
        {
            return MountCall(_auths, authPath, request, ["approle", "kubernetes", "jwt", "oidc"]);
        }
        if (Tail(path, "sys/policies/acl/") is { } policy)
        {
            return PolicyCall(policy, request);
        }
        if (path.StartsWith("auth/", StringComparison.Ordinal))
        {
            return AuthCall(path["auth/".Length..], request);
        }
        var mount = _mounts.Keys.Where(m => path.StartsWith(m + "/", StringComparison.Ordinal)).OrderByDescending(m => m.Length).FirstOrDefault();
        if (mount is null)
        {
            return Error(404, $"no handler for route \"{path}\". route entry not found.");
        }
        var rest = path[(mount.Length + 1)..];
        return Type(_mounts[mount]) switch
        {
            "kv" => KvCall(mount, rest, request),
            "transit" => TransitCall(mount, rest, request),
            "pki" => PkiCall(mount, rest, request),
            "database" => DatabaseCall(mount, rest, request),
            _ => Error(405, "unsupported operation"),
        };
    }

    private FakeResponse Table(Dictionary<string, JsonObject> table)
    {
        var entries = new JsonObject();
        foreach (var (path, entry) in table)
        {
            entries[path + "/"] = entry.DeepClone();
        }
        var answer = (JsonObject)entries.DeepClone();
        answer["data"] = entries;
        return FakeResponse.Json(200, answer);
    }

    private FakeResponse MountCall(Dictionary<string, JsonObject> table, string path, FakeRequest request, string[] types)
    {
        var tune = path.EndsWith("/tune", StringComparison.Ordinal);
        path = tune ? path[..^"/tune".Length] : path;
        var body = request.Json;
        switch (request.Method)
        {
            case "POST" when tune:
                if (!table.TryGetValue(path, out var entry))
                {
                    return Error(400, $"cannot fetch sysview for path \"{path}/\"");
                }
                if (body["description"] is { } description)
                {
                    entry["description"] = description.DeepClone();
                }
                ApplyTtls((JsonObject)entry["config"]!, body);
                if (body["options"] is JsonObject options && options.Count > 0)
                {
                    entry["options"] = options.DeepClone();
                }
                return FakeResponse.NoContent;
            case "POST":
                if (table.ContainsKey(path))
                {
                    return Error(400, $"path is already in use at {path}/");
                }
                var type = body["type"]?.GetValue<string>() ?? "";
                if (!types.Contains(type))
                {
                    return Error(400, $"plugin not found in the catalog: {type}");
                }
                var created = Mount(type, body["description"]?.GetValue<string>() ?? "");
                ApplyTtls((JsonObject)created["config"]!, body["config"] as JsonObject ?? []);
                created["options"] = body["options"]?.DeepClone() is JsonObject { Count: > 0 } o ? o : null;
                created["accessor"] = $"{type}_{++_accessors:x8}";
                table[path] = created;
                return FakeResponse.NoContent;
            case "DELETE":
                table.Remove(path);
                return FakeResponse.NoContent;
            default:
                return Error(405, "unsupported operation");
        }
    }

    private FakeResponse PolicyCall(string name, FakeRequest request)
    {
        switch (request.Method)
        {
            case "GET":
                return Policies.TryGetValue(name, out var text)
                    ? FakeResponse.Json(200, new JsonObject { ["name"] = name, ["policy"] = text, ["data"] = new JsonObject { ["name"] = name, ["policy"] = text } })
                    : Error(404, "");
            case "PUT" or "POST":
                var policy = request.Json["policy"]?.GetValue<string>();
                if (string.IsNullOrWhiteSpace(policy))
                {
                    return Error(400, "'policy' parameter not supplied or empty");
                }
                Policies[name] = policy;
                return FakeResponse.NoContent;
            case "DELETE":
                Policies.Remove(name);
                return FakeResponse.NoContent;
            default:
                return Error(405, "unsupported operation");
        }
    }

    private static JsonObject Mount(string type, string description) => new()
    {
        ["type"] = type,
        ["description"] = description,
        ["accessor"] = type + "_00000000",
        ["config"] = new JsonObject { ["default_lease_ttl"] = 0, ["max_lease_ttl"] = 0, ["force_no_cache"] = false },
        ["options"] = null,
        ["local"] = false,
        ["seal_wrap"] = false,
    };

    private static void ApplyTtls(JsonObject config, JsonObject source)
    {
        foreach (var key in new[] { "default_lease_ttl", "max_lease_ttl" })
        {
            if (source[key] is { } value)
            {
                config[key] = Seconds(value);
            }
        }
    }

    private static long Seconds(JsonNode value) =>
        value.GetValueKind() == System.Text.Json.JsonValueKind.Number ? value.GetValue<long>() : long.Parse(value.GetValue<string>().TrimEnd('s'), System.Globalization.CultureInfo.InvariantCulture);

    private static string Type(JsonObject mount) =>
        mount["type"]!.GetValue<string>();

    private static string? Tail(string path, string prefix) =>
        path.StartsWith(prefix, StringComparison.Ordinal) ? path[prefix.Length..] : null;

    private static FakeResponse Error(int status, string message) =>
        FakeResponse.Json(status, new JsonObject { ["errors"] = message.Length == 0 ? new JsonArray() : new JsonArray(message) });
}
