using System.Text.Json.Nodes;

namespace Infra.Providers.Fakes;

/// <summary>KV v2: <c>data/</c> keeps every version, <c>options.cas</c> must equal the current version (0 = absent), <c>metadata/</c> holds settings and DELETE removes all versions.</summary>
internal sealed partial class FakeVault
{
    private readonly Dictionary<string, List<JsonObject>> _kv = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _kvMetadata = new(StringComparer.Ordinal);

    /// <summary>Writes a new version as someone outside Infra would.</summary>
    public void PutSecretByHand(string mount, string name, JsonObject data)
    {
        var versions = _kv.TryGetValue($"{mount}/{name}", out var list) ? list : _kv[$"{mount}/{name}"] = [];
        versions.Add(data);
    }

    public JsonObject? LatestSecret(string mount, string name) =>
        _kv.TryGetValue($"{mount}/{name}", out var versions) ? versions[^1] : null;

    private FakeResponse KvCall(string mount, string rest, FakeRequest request)
    {
        if (Tail(rest, "data/") is { } name)
        {
            return KvData($"{mount}/{name}", request);
        }
        if (Tail(rest, "metadata/") is { } metaName)
        {
            var key = $"{mount}/{metaName}";
            switch (request.Method)
            {
                case "GET":
                    return _kv.ContainsKey(key)
                        ? FakeResponse.Json(200, new JsonObject { ["data"] = new JsonObject { ["current_version"] = _kv[key].Count, ["delete_version_after"] = _kvMetadata.GetValueOrDefault(key, "0s") } })
                        : Error(404, "");
                case "POST" or "PUT":
                    _kvMetadata[key] = GoDuration(request.Json["delete_version_after"]?.GetValue<string>() ?? "0s");
                    return FakeResponse.NoContent;
                case "DELETE":
                    _kv.Remove(key);
                    _kvMetadata.Remove(key);
                    return FakeResponse.NoContent;
            }
        }
        return Error(405, "unsupported operation");
    }

    private FakeResponse KvData(string key, FakeRequest request)
    {
        _kv.TryGetValue(key, out var versions);
        switch (request.Method)
        {
            case "GET":
                if (versions is null)
                {
                    return Error(404, "");
                }
                return FakeResponse.Json(200, new JsonObject
                {
                    ["data"] = new JsonObject { ["data"] = versions[^1].DeepClone(), ["metadata"] = Metadata(versions.Count) },
                });
            case "POST" or "PUT":
                var body = request.Json;
                if (body["options"]?["cas"] is { } cas && cas.GetValue<long>() != (versions?.Count ?? 0))
                {
                    return Error(400, "check-and-set parameter did not match the current version");
                }
                if (body["data"] is not JsonObject data)
                {
                    return Error(400, "no data provided");
                }
                versions ??= _kv[key] = [];
                versions.Add((JsonObject)data.DeepClone());
                return FakeResponse.Json(200, new JsonObject { ["data"] = Metadata(versions.Count) });
            default:
                return Error(405, "unsupported operation");
        }
    }

    private static JsonObject Metadata(int version) => new()
    {
        ["created_time"] = "2026-11-25T12:00:00Z",
        ["deletion_time"] = "",
        ["destroyed"] = false,
        ["version"] = version,
    };

    /// <summary>Vault echoes durations in Go's spelling: 3600s reads back as 1h0m0s.</summary>
    private static string GoDuration(string text)
    {
        var seconds = long.Parse(text.TrimEnd('s'), System.Globalization.CultureInfo.InvariantCulture);
        return seconds == 0 ? "0s" : $"{seconds / 3600}h{seconds % 3600 / 60}m{seconds % 60}s";
    }
}
