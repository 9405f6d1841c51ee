using System.Text;
using Infra.Policy.Values;

namespace Infra.Policy.Builtins;

/// <summary>JSON builtins: marshal/unmarshal/is_valid, marshal_with_options, filter, remove, patch.</summary>
internal static class Json
{
    public static void Register(BuiltinTable t)
    {
        t.Add("json.marshal", 1, a => new StringValue(ValueFormatter.ToJson(a[0], html: true)));
        t.Add("json.unmarshal", 1, a => JsonConvert.TryParse(Args.Str(a, 0))
            ?? throw BuiltinException.Error("invalid character: input is not valid JSON"));
        t.Add("json.is_valid", 1, a => BoolValue.Of(a[0] is StringValue s && JsonConvert.TryParse(s.Value) is not null));
        t.Add("json.marshal_with_options", 2, a =>
        {
            var opts = Args.Obj(a, 1);
            string? prefix = null, indent = null;
            bool? pretty = null;
            foreach (var kv in opts.Entries)
            {
                var key = kv.Key is StringValue ks ? ks.Value : "";
                switch (key)
                {
                    case "prefix": prefix = kv.Value is StringValue p ? p.Value : throw BuiltinException.Type("prefix must be a string"); break;
                    case "indent": indent = kv.Value is StringValue i ? i.Value : throw BuiltinException.Type("indent must be a string"); break;
                    case "pretty": pretty = kv.Value is BoolValue b ? b.Value : throw BuiltinException.Type("pretty must be a boolean"); break;
                    default: throw BuiltinException.Type($"object contained unknown key {GoSprintf.Quote(key)}");
                }
            }
            if (pretty == false || (pretty is null && prefix is null && indent is null))
                return new StringValue(ValueFormatter.ToJson(a[0], html: true));
            var sb = new StringBuilder();
            var pre = prefix ?? "";
            sb.Append(pre);
            WriteIndented(sb, a[0], pre, indent ?? "\t", 0);
            return new StringValue(sb.ToString());
        });
        t.Add("json.filter", 2, a => Filter(Args.Obj(a, 0), Paths(a, 1)));
        t.Add("json.remove", 2, a => Remove(Args.Obj(a, 0), Paths(a, 1)));
    }

    private static void WriteIndented(StringBuilder sb, Value v, string prefix, string indent, int depth)
    {
        void NewLine(int d)
        {
            sb.Append('\n').Append(prefix);
            for (var i = 0; i < d; i++) sb.Append(indent);
        }
        switch (v)
        {
            case ArrayValue or SetValue:
                var items = v is ArrayValue av ? av.Items : ((SetValue)v).Items;
                if (items.Count == 0) { sb.Append("[]"); return; }
                sb.Append('[');
                for (var i = 0; i < items.Count; i++)
                {
                    NewLine(depth + 1);
                    WriteIndented(sb, items[i], prefix, indent, depth + 1);
                    if (i < items.Count - 1) sb.Append(',');
                }
                NewLine(depth);
                sb.Append(']');
                return;
            case ObjectValue o:
                if (o.Count == 0) { sb.Append("{}"); return; }
                sb.Append('{');
                var entries = o.Entries.Select(kv => (Key: ValueFormatter.KeyText(kv.Key), kv.Value)).OrderBy(e => e.Key, StringComparer.Ordinal).ToList();
                for (var i = 0; i < entries.Count; i++)
                {
                    NewLine(depth + 1);
                    ValueFormatter.WriteJsonString(sb, entries[i].Key, html: true);
                    sb.Append(": ");
                    WriteIndented(sb, entries[i].Value, prefix, indent, depth + 1);
                    if (i < entries.Count - 1) sb.Append(',');
                }
                NewLine(depth);
                sb.Append('}');
                return;
            default:
                ValueFormatter.WriteJson(sb, v, html: true);
                return;
        }
    }

    /// <summary>Paths given as "a/b/c" strings or arrays of keys.</summary>
    private static List<List<Value>> Paths(Value[] a, int i)
    {
        var items = a[i] switch
        {
            ArrayValue arr => arr.Items,
            SetValue s => s.Items,
            _ => throw Args.OneOf(i, a[i], "set", "array"),
        };
        var list = new List<List<Value>>();
        foreach (var p in items)
        {
            switch (p)
            {
                case StringValue s:
                    var trimmed = s.Value.Trim('/');
                    list.Add(trimmed.Length == 0 ? [] : trimmed.Split('/').Select(x => (Value)new StringValue(x.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal))).ToList());
                    break;
                case ArrayValue pa:
                    list.Add(pa.Items.ToList());
                    break;
                default:
                    throw BuiltinException.Type($"operand {i + 1} must be one of {{set, array}} containing string paths or array of path segments but got {p.TypeName}");
            }
        }
        return list;
    }

    private static Value Filter(Value v, List<List<Value>> paths)
    {
        if (paths.Any(p => p.Count == 0)) return v;
        var groups = paths.GroupBy(p => p[0]).ToList();
        switch (v)
        {
            case ObjectValue o:
                var map = new Dictionary<Value, Value>();
                foreach (var g in groups)
                {
                    var child = o.Get(g.Key);
                    if (child is null) continue;
                    map[g.Key] = Filter(child, g.Select(p => p.Skip(1).ToList()).ToList());
                }
                return new ObjectValue(map);
            case ArrayValue arr:
                var items = new List<Value>();
                for (var i = 0; i < arr.Count; i++)
                {
                    var g = groups.FirstOrDefault(x => KeyMatchesIndex(x.Key, i));
                    if (g is null) continue;
                    items.Add(Filter(arr.Items[i], g.Select(p => p.Skip(1).ToList()).ToList()));
                }
                return new ArrayValue(items.ToArray());
            case SetValue set:
                var members = new List<Value>();
                foreach (var m in set.Items)
                {
                    var g = groups.FirstOrDefault(x => x.Key.Equals(m) || (x.Key is StringValue ks && m is not StringValue && ks.Value == ValueFormatter.ToJson(m, false)));
                    if (g is not null) members.Add(Filter(m, g.Select(p => p.Skip(1).ToList()).ToList()));
                }
                return SetValue.Of(members);
            default:
                return v;
        }
    }

    private static bool KeyMatchesIndex(Value key, int i) => key switch
    {
        NumberValue n => n.TryGetInt64(out var x) && x == i,
        StringValue s => s.Value == i.ToString(System.Globalization.CultureInfo.InvariantCulture),
        _ => false,
    };

    private static Value Remove(Value v, List<List<Value>> paths)
    {
        if (paths.Any(p => p.Count == 0)) return v;
        switch (v)
        {
            case ObjectValue o:
                var map = new Dictionary<Value, Value>();
                foreach (var kv in o.Entries)
                {
                    var matching = paths.Where(p => p[0].Equals(kv.Key)).ToList();
                    if (matching.Any(p => p.Count == 1)) continue;
                    map[kv.Key] = matching.Count == 0 ? kv.Value : Remove(kv.Value, matching.Select(p => p.Skip(1).ToList()).ToList());
                }
                return new ObjectValue(map);
            case ArrayValue arr:
                var items = new List<Value>();
                for (var i = 0; i < arr.Count; i++)
                {
                    var matching = paths.Where(p => KeyMatchesIndex(p[0], i)).ToList();
                    if (matching.Any(p => p.Count == 1)) continue;
                    items.Add(matching.Count == 0 ? arr.Items[i] : Remove(arr.Items[i], matching.Select(p => p.Skip(1).ToList()).ToList()));
                }
                return new ArrayValue(items.ToArray());
            default:
                return v;
        }
    }
}
