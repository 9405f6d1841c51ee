using Infra.Policy.Values;

namespace Infra.Policy.Builtins;

/// <summary>Array and set builtins, including the <c>&amp;</c> and <c>|</c> operators.</summary>
internal static class Collections
{
    public static void Register(BuiltinTable t)
    {
        t.Add("array.concat", 2, a => new ArrayValue(Args.Arr(a, 0).Items.Concat(Args.Arr(a, 1).Items).ToArray()));
        t.Add("array.reverse", 1, a => new ArrayValue(Args.Arr(a, 0).Items.Reverse().ToArray()));
        t.Add("array.slice", 3, a =>
        {
            var arr = Args.Arr(a, 0);
            var start = (int)Math.Clamp((long)Args.BigInt(a, 1), 0, arr.Count);
            var stop = (int)Math.Clamp((long)Args.BigInt(a, 2), 0, arr.Count);
            return stop <= start ? ArrayValue.Empty : new ArrayValue(arr.Items.Skip(start).Take(stop - start).ToArray());
        });
        t.Add("and", 2, a => SetValue.Of(Args.Set(a, 0).Items.Where(Args.Set(a, 1).Contains)));
        t.Add("or", 2, a => SetValue.Of(Args.Set(a, 0).Items.Concat(Args.Set(a, 1).Items)));
        t.Add("intersection", 1, a =>
        {
            var sets = SetsOf(a);
            if (sets.Count == 0) return SetValue.Empty;
            IEnumerable<Value> acc = sets[0].Items;
            foreach (var s in sets.Skip(1)) acc = acc.Where(s.Contains).ToList();
            return SetValue.Of(acc);
        });
        t.Add("union", 1, a => SetValue.Of(SetsOf(a).SelectMany(s => s.Items)));
    }

    private static List<SetValue> SetsOf(Value[] a)
    {
        var outer = Args.Set(a, 0);
        return outer.Items.Select(v => v as SetValue ?? throw BuiltinException.Type($"operand 1 must be set of sets but got set containing {v.TypeName}")).ToList();
    }
}
