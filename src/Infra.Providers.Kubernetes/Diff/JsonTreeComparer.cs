using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Infra.Providers.Kubernetes.Diff;

/// <summary>
/// Walks two manifests and collects the paths that differ semantically: key order is ignored,
/// empty collections equal absent ones, quantities compare by value, server defaults equal
/// absence, and lists of uniquely named items match items by name.
/// </summary>
internal sealed class JsonTreeComparer
{
    private static readonly HashSet<string> QuantityMaps = new(StringComparer.Ordinal)
    {
        "limits", "requests", "capacity", "hard", "overhead", "max", "min", "default", "defaultRequest", "maxLimitRequestRatio",
    };

    private readonly string kind;
    private readonly DiffMode mode;
    private readonly List<(string Path, string Pattern)> changes = [];

    private JsonTreeComparer(string kind, DiffMode mode)
    {
        this.kind = kind;
        this.mode = mode;
    }

    /// <summary>Changed paths (readable form, and with list positions replaced by <c>[]</c>).</summary>
    public static IReadOnlyList<(string Path, string Pattern)> Compare(JsonObject old, JsonObject @new, string kind, DiffMode mode)
    {
        var comparer = new JsonTreeComparer(kind, mode);
        comparer.CompareNodes(old, @new, string.Empty, string.Empty, parentKey: string.Empty, ownKey: string.Empty);
        return comparer.changes;
    }

    private void CompareNodes(JsonNode? old, JsonNode? @new, string path, string pattern, string parentKey, string ownKey)
    {
        var oldEmpty = IsEmpty(old);
        var newEmpty = IsEmpty(@new);
        if (oldEmpty && newEmpty)
        {
            return;
        }

        if (newEmpty)
        {
            if (mode == DiffMode.Desired)
            {
                CompareWithAbsent(old!, path, pattern);
            }

            return;
        }

        if (oldEmpty)
        {
            CompareWithAbsent(@new!, path, pattern);
            return;
        }

        switch (old, @new)
        {
            case (JsonObject oldMap, JsonObject newMap):
                var keys = oldMap.Select(p => p.Key).Union(newMap.Select(p => p.Key)).Order(StringComparer.Ordinal);
                foreach (var key in keys)
                {
                    CompareNodes(oldMap[key], newMap[key], Join(path, key), Join(pattern, key), parentKey: ownKey, ownKey: key);
                }

                break;
            case (JsonArray oldList, JsonArray newList):
                CompareLists(oldList, newList, path, pattern);
                break;
            case (JsonValue oldValue, JsonValue newValue):
                if (!ScalarsEqual(oldValue, newValue, QuantityMaps.Contains(parentKey) || ownKey == "sizeLimit"))
                {
                    changes.Add((path, pattern));
                }

                break;
            default:
                changes.Add((path, pattern));
                break;
        }
    }

    private void CompareWithAbsent(JsonNode present, string path, string pattern)
    {
        if (present is JsonObject map)
        {
            foreach (var (key, child) in map)
            {
                if (!IsEmpty(child))
                {
                    CompareWithAbsent(child!, Join(path, key), Join(pattern, key));
                }
            }

            return;
        }

        if (!KnownDefaults.IsDefault(kind, pattern, present))
        {
            changes.Add((path, pattern));
        }
    }

    private void CompareLists(JsonArray old, JsonArray @new, string path, string pattern)
    {
        var itemPattern = pattern + "[]";
        if (TryIndexByName(old, out var oldByName) && TryIndexByName(@new, out var newByName))
        {
            foreach (var name in oldByName.Keys.Union(newByName.Keys).Order(StringComparer.Ordinal))
            {
                var itemPath = $"{path}[name={name}]";
                var inOld = oldByName.TryGetValue(name, out var oldItem);
                var inNew = newByName.TryGetValue(name, out var newItem);
                if (inOld && inNew)
                {
                    CompareNodes(oldItem, newItem, itemPath, itemPattern, parentKey: string.Empty, ownKey: string.Empty);
                }
                // Server-side apply merges lists keyed by name, so an item only the live object has
                // (e.g. an injected sidecar) belongs to another field manager: it is not drift.
                else if (inNew || mode == DiffMode.Desired)
                {
                    changes.Add((itemPath, itemPattern));
                }
            }

            // Environment variables may reference earlier ones ($(VAR)), so their order matters.
            if (path.EndsWith("env", StringComparison.Ordinal) && oldByName.Count == newByName.Count
                && !oldByName.Keys.SequenceEqual(newByName.Keys) && oldByName.Keys.Order().SequenceEqual(newByName.Keys.Order()))
            {
                changes.Add((path, pattern));
            }

            return;
        }

        if (old.Count != @new.Count)
        {
            changes.Add((path, pattern));
            return;
        }

        for (var i = 0; i < old.Count; i++)
        {
            CompareNodes(old[i], @new[i], $"{path}[{i}]", itemPattern, parentKey: string.Empty, ownKey: string.Empty);
        }
    }

    // Insertion-ordered so the env order check above sees the list order.
    private static bool TryIndexByName(JsonArray list, out OrderedDictionary<string, JsonObject> byName)
    {
        byName = new OrderedDictionary<string, JsonObject>(StringComparer.Ordinal);
        foreach (var item in list)
        {
            if (item is not JsonObject map || map["name"] is not JsonValue nameValue
                || !nameValue.TryGetValue<string>(out var name) || !byName.TryAdd(name, map))
            {
                return false;
            }
        }

        return true;
    }

    private static bool ScalarsEqual(JsonValue old, JsonValue @new, bool quantity)
    {
        var oldKind = old.GetValueKind();
        var newKind = @new.GetValueKind();
        if (quantity && oldKind is JsonValueKind.String or JsonValueKind.Number && newKind is JsonValueKind.String or JsonValueKind.Number
            && Quantity.TryParse(AsText(old), out var oldQuantity) && Quantity.TryParse(AsText(@new), out var newQuantity))
        {
            return oldQuantity == newQuantity;
        }

        if (oldKind == JsonValueKind.Number && newKind == JsonValueKind.Number)
        {
            return decimal.TryParse(old.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
                && decimal.TryParse(@new.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var b)
                ? a == b
                : old.ToJsonString() == @new.ToJsonString();
        }

        return JsonNode.DeepEquals(old, @new);
    }

    private static string AsText(JsonValue value) =>
        value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString();

    private static bool IsEmpty(JsonNode? node) => node switch
    {
        null => true,
        JsonObject map => map.Count == 0,
        JsonArray list => list.Count == 0,
        JsonValue value => value.GetValueKind() == JsonValueKind.Null,
        _ => false,
    };

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";
}
