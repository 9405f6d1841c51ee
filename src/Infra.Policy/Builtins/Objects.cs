using Infra.Policy.Values;

namespace Infra.Policy.Builtins;

/// <summary><c>object.*</c> builtins.</summary>
internal static class Objects
{
    public static void Register(BuiltinTable t)
    {
        t.Add("object.get", 3, a =>
        {
            var o = Args.Obj(a, 0);
            if (a[1] is ArrayValue path)
            {
                Value cur = o;
                foreach (var k in path.Items)
                {
                    var next = Evaluation.Evaluator.Lookup(cur, k);
                    if (next is null) return a[2];
                    cur = next;
                }
                return cur;
            }
            return o.Get(a[1]) ?? a[2];
        });
        t.Add("object.keys", 1, a => SetValue.Of(Args.Obj(a, 0).SortedKeys));
        t.Add("object.remove", 2, a =>
        {
            var o = Args.Obj(a, 0);
            var keys = KeySet(a, 1);
            var map = new Dictionary<Value, Value>();
            foreach (var kv in o.Entries)
            {
                if (!keys.Contains(kv.Key)) map[kv.Key] = kv.Value;
            }
            return new ObjectValue(map);
        });
        t.Add("object.filter", 2, a =>
        {
            var o = Args.Obj(a, 0);
            var keys = KeySet(a, 1);
            var map = new Dictionary<Value, Value>();
            foreach (var kv in o.Entries)
            {
                if (keys.Contains(kv.Key)) map[kv.Key] = kv.Value;
            }
            return new ObjectValue(map);
        });
        t.Add("object.union", 2, a => Union(Args.Obj(a, 0), Args.Obj(a, 1)));
        t.Add("object.union_n", 1, a =>
        {
            var arr = Args.Arr(a, 0);
            ObjectValue acc = ObjectValue.Empty;
            foreach (var v in arr.Items)
            {
                if (v is not ObjectValue o) throw BuiltinException.Type($"operand 1 must be array of objects but got array containing {v.TypeName}");
                acc = Union(acc, o);
            }
            return acc;
        });
        t.Add("object.subset", 2, a => BoolValue.Of(Subset(a[0], a[1])));
    }

    private static HashSet<Value> KeySet(Value[] a, int i) => a[i] switch
    {
        ArrayValue arr => arr.Items.ToHashSet(),
        SetValue s => s.Items.ToHashSet(),
        ObjectValue o => o.SortedKeys.ToHashSet(),
        _ => throw Args.OneOf(i, a[i], "object", "set", "array"),
    };

    public static ObjectValue Union(ObjectValue x, ObjectValue y)
    {
        var map = x.ToDictionary();
        foreach (var kv in y.Entries)
        {
            map[kv.Key] = map.TryGetValue(kv.Key, out var existing) && existing is ObjectValue eo && kv.Value is ObjectValue vo
                ? Union(eo, vo)
                : kv.Value;
        }
        return new ObjectValue(map);
    }

    private static bool Subset(Value super, Value sub)
    {
        switch (super, sub)
        {
            case (ObjectValue so, ObjectValue bo):
                return bo.Entries.All(kv => so.Get(kv.Key) is { } sv && (sv is ObjectValue && kv.Value is ObjectValue || sv is SetValue && kv.Value is SetValue || sv is ArrayValue && kv.Value is ArrayValue ? Subset(sv, kv.Value) : sv.Equals(kv.Value)));
            case (SetValue ss, SetValue bs):
                return bs.Items.All(ss.Contains);
            case (ArrayValue sa, ArrayValue ba):
                if (ba.Count == 0) return true;
                for (var i = 0; i + ba.Count <= sa.Count; i++)
                {
                    if (Enumerable.Range(0, ba.Count).All(j => sa.Items[i + j].Equals(ba.Items[j]))) return true;
                }
                return false;
            case (ArrayValue sa2, SetValue bs2):
                return bs2.Items.All(sa2.Items.Contains);
            default:
                throw Args.OneOf(0, super, "object", "set", "array");
        }
    }
}
