using Infra.Policy.Values;

namespace Infra.Policy.Builtins;

/// <summary>Comparison operators and the <c>in</c> membership operator.</summary>
internal static class Comparison
{
    public static void Register(BuiltinTable t)
    {
        t.Add("equal", 2, a => BoolValue.Of(a[0].Equals(a[1])));
        t.Add("neq", 2, a => BoolValue.Of(!a[0].Equals(a[1])));
        t.Add("lt", 2, a => BoolValue.Of(a[0].CompareTo(a[1]) < 0));
        t.Add("lte", 2, a => BoolValue.Of(a[0].CompareTo(a[1]) <= 0));
        t.Add("gt", 2, a => BoolValue.Of(a[0].CompareTo(a[1]) > 0));
        t.Add("gte", 2, a => BoolValue.Of(a[0].CompareTo(a[1]) >= 0));
        t.Add("internal.member_2", 2, a => BoolValue.Of(Member(a[0], a[1])));
        t.Add("internal.member_3", 3, a => BoolValue.Of(Member3(a[0], a[1], a[2])));
    }

    private static bool Member(Value x, Value coll) => coll switch
    {
        ArrayValue arr => arr.Items.Contains(x),
        SetValue s => s.Contains(x),
        ObjectValue o => o.Entries.Any(kv => kv.Value.Equals(x)),
        _ => false,
    };

    private static bool Member3(Value key, Value x, Value coll)
    {
        var v = coll switch
        {
            ArrayValue or ObjectValue => Evaluation.Evaluator.Lookup(coll, key),
            _ => null,
        };
        return v is not null && v.Equals(x);
    }
}
