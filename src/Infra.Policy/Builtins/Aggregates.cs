using System.Numerics;
using Infra.Policy.Values;

namespace Infra.Policy.Builtins;

/// <summary><c>count</c>, <c>sum</c>, <c>product</c>, <c>max</c>, <c>min</c>, <c>sort</c>, <c>any</c>, <c>all</c>.</summary>
internal static class Aggregates
{
    public static void Register(BuiltinTable t)
    {
        t.Add("count", 1, a => a[0] switch
        {
            ArrayValue arr => NumberValue.Of(arr.Count),
            SetValue s => NumberValue.Of(s.Count),
            ObjectValue o => NumberValue.Of(o.Count),
            StringValue s => NumberValue.Of(Strings.RuneCount(s.Value)),
            _ => throw Args.OneOf(0, a[0], "array", "object", "set", "string"),
        });
        t.Add("sum", 1, a => Fold(a, NumberValue.Of(0), "plus"));
        t.Add("product", 1, a => Fold(a, NumberValue.Of(1), "mul"));
        t.Add("max", 1, a =>
        {
            var items = Args.Collection(a, 0);
            return items.Count == 0 ? null : items.Max();
        });
        t.Add("min", 1, a =>
        {
            var items = Args.Collection(a, 0);
            return items.Count == 0 ? null : items.Min();
        });
        t.Add("sort", 1, a => new ArrayValue(Args.Collection(a, 0).Order().ToArray()));
        t.Add("any", 1, a => BoolValue.Of(Args.Collection(a, 0).Any(v => v is BoolValue { Value: true })));
        t.Add("all", 1, a => BoolValue.Of(Args.Collection(a, 0).All(v => v is BoolValue { Value: true })));
    }

    private static Value Fold(Value[] a, NumberValue seed, string op)
    {
        var items = Args.Collection(a, 0);
        BigInteger acc = seed.Integer;
        var isInt = true;
        double dacc = seed.AsDouble;
        decimal? decAcc = seed.IsInteger ? (decimal)seed.Integer : null;
        foreach (var v in items)
        {
            if (v is not NumberValue n) throw BuiltinException.Type($"operand 1 must be one of {{set, array}} containing numbers but got {v.TypeName}");
            if (isInt && n.IsInteger)
            {
                acc = op == "plus" ? acc + n.Integer : acc * n.Integer;
                continue;
            }
            if (isInt)
            {
                isInt = false;
                dacc = (double)acc;
                decAcc = acc > new BigInteger(decimal.MaxValue) || acc < new BigInteger(decimal.MinValue) ? null : (decimal)acc;
            }
            dacc = op == "plus" ? dacc + n.AsDouble : dacc * n.AsDouble;
            try
            {
                var d = n.IsInteger ? (decimal)n.Integer : (decimal)n.AsDouble;
                decAcc = decAcc is null ? null : op == "plus" ? decAcc + d : decAcc * d;
            }
            catch (OverflowException)
            {
                decAcc = null;
            }
        }
        if (isInt) return NumberValue.Of(acc);
        if (decAcc is { } dec) return NumberValue.Parse(dec.ToString(System.Globalization.CultureInfo.InvariantCulture)) ?? NumberValue.Of(dacc);
        return NumberValue.Of(dacc);
    }
}
