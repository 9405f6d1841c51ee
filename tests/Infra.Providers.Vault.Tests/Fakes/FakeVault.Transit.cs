using System.Text.Json.Nodes;

namespace Infra.Providers.Fakes;

/// <summary>Transit keys: create, read, <c>/config</c>, <c>/rotate</c>, and DELETE refused (400) unless <c>deletion_allowed</c>.</summary>
internal sealed partial class FakeVault
{
    private readonly Dictionary<string, JsonObject> _keys = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, JsonObject> TransitKeys => _keys;

    private FakeResponse TransitCall(string mount, string rest, FakeRequest request)
    {
        if (Tail(rest, "keys/") is not { } keyRest)
        {
            return Error(405, "unsupported operation");
        }
        var parts = keyRest.Split('/', 2);
        var id = $"{mount}/keys/{parts[0]}";
        _keys.TryGetValue(id, out var key);
        switch (parts.Length == 1 ? request.Method : parts[1])
        {
            case "GET":
                return key is null ? Error(404, "") : FakeResponse.Json(200, new JsonObject { ["data"] = key.DeepClone() });
            case "POST":
                _keys[id] = key ?? new JsonObject
                {
                    ["name"] = parts[0],
                    ["type"] = request.Json["type"]?.GetValue<string>() ?? "aes256-gcm96",
                    ["exportable"] = request.Json["exportable"]?.GetValue<bool>() ?? false,
                    ["deletion_allowed"] = false,
                    ["latest_version"] = 1,
                    ["min_decryption_version"] = 1,
                    ["auto_rotate_period"] = 0,
                };
                return FakeResponse.NoContent;
            case "DELETE":
                if (key is null)
                {
                    return FakeResponse.NoContent;
                }
                if (!key["deletion_allowed"]!.GetValue<bool>())
                {
                    return Error(400, "deletion is not allowed for this key");
                }
                _keys.Remove(id);
                return FakeResponse.NoContent;
            case "config" when key is not null:
                foreach (var field in new[] { "deletion_allowed", "min_decryption_version", "exportable" })
                {
                    if (request.Json[field] is { } value)
                    {
                        key[field] = value.DeepClone();
                    }
                }
                if (request.Json["auto_rotate_period"] is { } period)
                {
                    key["auto_rotate_period"] = Seconds(period);
                }
                return FakeResponse.NoContent;
            case "rotate" when key is not null:
                key["latest_version"] = key["latest_version"]!.GetValue<int>() + 1;
                return FakeResponse.NoContent;
            default:
                return Error(400, "encryption key not found");
        }
    }
}
