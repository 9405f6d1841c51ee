using System.Numerics;
using Infra.Policy.Values;

namespace Infra.Policy.Builtins;

/// <summary><c>numbers.range</c>, <c>numbers.range_step</c> and <c>rand.intn</c>.</summary>
internal static class Numbers
{
    private const int MaxRange = 10_000_000;

    public static void Register(BuiltinTable t)
    {
        t.Add("numbers.range", 2, a => Range(Args.BigInt(a, 0), Args.BigInt(a, 1), 1));
        t.Add("numbers.range_step", 3, a =>
        {
            var step = Args.BigInt(a, 2);
            if (step <= 0) throw BuiltinException.Error("step must be a positive integer");
            return Range(Args.BigInt(a, 0), Args.BigInt(a, 1), step);
        });
        t.Add(new BuiltinDef("rand.intn", 2, (ctx, a) =>
        {
            Args.Str(a, 0);
            var n = Args.BigInt(a, 1);
            if (n.IsZero) return NumberValue.Of(0);
            var bound = (long)BigInteger.Min(BigInteger.Abs(n), long.MaxValue);
            return NumberValue.Of(ctx.Random.NextInt64(bound));
        }) { NonDeterministic = true });
    }

    private static Value Range(BigInteger from, BigInteger to, BigInteger step)
    {
        var items = new List<Value>();
        if (BigInteger.Abs(to - from) / step > MaxRange) throw BuiltinException.Error("range too large");
        if (from <= to)
            for (var i = from; i <= to; i += step) items.Add(NumberValue.Of(i));
        else
            for (var i = from; i >= to; i -= step) items.Add(NumberValue.Of(i));
        return new ArrayValue(items.ToArray());
    }
}
