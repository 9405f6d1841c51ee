using Infra.Policy.Values;

namespace Infra.Policy.Builtins;

/// <summary><c>json.patch</c>: RFC 6902 operations (add, remove, replace, move, copy, test) on objects, arrays and sets.</summary>
internal static class JsonPatch
{
    public static void Register(BuiltinTable t)
    {
        t.Add("json.patch", 2, a =>
        {
            var doc = a[0];
            foreach (var op in Args.Arr(a, 1).Items)
            {
                if (op is not ObjectValue o || o.Get("op") is not StringValue { Value: var name } || o.Get("path") is not { } pathValue)
                    throw BuiltinException.Error("invalid patch operation");
                var path = Path(pathValue);
                var result = name switch
                {
                    "add" => Add(doc, path, 0, o.Get("value") ?? throw BuiltinException.Error("missing value")),
                    "remove" => Remove(doc, path, 0),
                    "replace" => Remove(doc, path, 0) is { } removed ? Add(removed, path, 0, o.Get("value") ?? throw BuiltinException.Error("missing value")) : null,
                    "move" => Get(doc, Path(o.Get("from")!)) is { } moved && Remove(doc, Path(o.Get("from")!), 0) is { } without ? Add(without, path, 0, moved) : null,
                    "copy" => Get(doc, Path(o.Get("from")!)) is { } copied ? Add(doc, path, 0, copied) : null,
                    "test" => Get(doc, path) is { } current && current.Equals(o.Get("value")) ? doc : null,
                    _ => throw BuiltinException.Error($"invalid patch operation {name}"),
                };
                if (result is null) return null;
                doc = result;
            }
            return doc;
        });
    }

    private static List<Value> Path(Value v) => v switch
    {
        StringValue s => s.Value.Length == 0 ? [] : s.Value.TrimStart('/').Split('/').Select(p => (Value)new StringValue(p.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal))).ToList(),
        ArrayValue arr => arr.Items.ToList(),
        _ => throw BuiltinException.Error("patch path must be a string or array"),
    };

    private static int? Index(Value key, int count, bool allowEnd)
    {
        if (key is StringValue { Value: "-" } && allowEnd) return count;
        var text = key is StringValue s ? s.Value : key is NumberValue n ? n.ToJsonText() : null;
        if (!int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var i)) return null;
        return i >= 0 && i <= (allowEnd ? count : count - 1) ? i : null;
    }

    private static Value? Get(Value doc, List<Value> path)
    {
        Value? cur = doc;
        foreach (var key in path)
        {
            cur = cur switch
            {
                ObjectValue o => o.Get(key),
                ArrayValue arr => Index(key, arr.Count, false) is { } i ? arr.Items[i] : null,
                SetValue set => set.Contains(key) ? key : null,
                _ => null,
            };
            if (cur is null) return null;
        }
        return cur;
    }

    private static Value? Add(Value doc, List<Value> path, int i, Value value)
    {
        if (i == path.Count) return value;
        var key = path[i];
        switch (doc)
        {
            case ObjectValue o:
                var map = o.ToDictionary();
                if (i == path.Count - 1) map[key] = value;
                else if (o.Get(key) is { } child && Add(child, path, i + 1, value) is { } updated) map[key] = updated;
                else return null;
                return new ObjectValue(map);
            case ArrayValue arr:
                var idx = Index(key, arr.Count, i == path.Count - 1);
                if (idx is null) return null;
                var items = arr.Items.ToList();
                if (i == path.Count - 1) items.Insert(idx.Value, value);
                else if (Add(items[idx.Value], path, i + 1, value) is { } u) items[idx.Value] = u;
                else return null;
                return new ArrayValue(items.ToArray());
            case SetValue set when i == path.Count - 1:
                return SetValue.Of(set.Items.Append(value));
            default:
                return null;
        }
    }

    private static Value? Remove(Value doc, List<Value> path, int i)
    {
        if (path.Count == 0) return null;
        var key = path[i];
        switch (doc)
        {
            case ObjectValue o:
                if (o.Get(key) is not { } child) return null;
                var map = o.ToDictionary();
                if (i == path.Count - 1) map.Remove(key);
                else if (Remove(child, path, i + 1) is { } u) map[key] = u;
                else return null;
                return new ObjectValue(map);
            case ArrayValue arr:
                if (Index(key, arr.Count, false) is not { } idx) return null;
                var items = arr.Items.ToList();
                if (i == path.Count - 1) items.RemoveAt(idx);
                else if (Remove(items[idx], path, i + 1) is { } u2) items[idx] = u2;
                else return null;
                return new ArrayValue(items.ToArray());
            case SetValue set when i == path.Count - 1 && set.Contains(key):
                return SetValue.Of(set.Items.Where(x => !x.Equals(key)));
            default:
                return null;
        }
    }
}
