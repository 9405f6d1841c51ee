using System.Numerics;
using Infra.Policy.Values;

namespace Infra.Policy.Builtins;

/// <summary>Arithmetic on numbers (exact for integers) plus set difference for <c>-</c>.</summary>
internal static class Arithmetic
{
    public static void Register(BuiltinTable t)
    {
        t.Add("plus", 2, a => Binary(a, (x, y) => x + y, (x, y) => x + y));
        t.Add("minus", 2, a =>
        {
            if (a[0] is SetValue s1 && a[1] is SetValue s2) return SetValue.Of(s1.Items.Where(x => !s2.Contains(x)));
            if (a[0] is SetValue || a[1] is SetValue)
                throw (a[0] is SetValue ? Args.OneOf(1, a[1], "number", "set") : Args.OneOf(0, a[0], "number", "set"));
            if (a[0] is not NumberValue) throw Args.OneOf(0, a[0], "number", "set");
            if (a[1] is not NumberValue) throw Args.OneOf(1, a[1], "number", "set");
            return Binary(a, (x, y) => x - y, (x, y) => x - y);
        });
        t.Add("mul", 2, a => Binary(a, (x, y) => x * y, (x, y) => x * y));
        t.Add("div", 2, a =>
        {
            var x = Args.Num(a, 0);
            var y = Args.Num(a, 1);
            if (y.AsDouble == 0 && (!y.IsInteger || y.Integer.IsZero)) throw BuiltinException.Error("divide by zero");
            if (x.IsInteger && y.IsInteger && (x.Integer % y.Integer).IsZero) return NumberValue.Of(x.Integer / y.Integer);
            return Decimal(x, y, (p, q) => p / q) ?? NumberValue.Of(x.AsDouble / y.AsDouble);
        });
        t.Add("rem", 2, a =>
        {
            var x = Args.Num(a, 0);
            var y = Args.Num(a, 1);
            if (!x.IsInteger || !y.IsInteger)
            {
                if (x.TryGetBigInteger(out var xi) && y.TryGetBigInteger(out var yi))
                {
                    if (yi.IsZero) throw BuiltinException.Error("modulo by zero");
                    return NumberValue.Of(BigInteger.Remainder(xi, yi));
                }
                throw BuiltinException.Error("modulo on floating-point number");
            }
            if (y.Integer.IsZero) throw BuiltinException.Error("modulo by zero");
            return NumberValue.Of(BigInteger.Remainder(x.Integer, y.Integer));
        });
        t.Add("abs", 1, a =>
        {
            var x = Args.Num(a, 0);
            return x.IsInteger ? NumberValue.Of(BigInteger.Abs(x.Integer)) : NumberValue.Of(Math.Abs(x.AsDouble));
        });
        t.Add("round", 1, a => Rounded(Args.Num(a, 0), v => Math.Round(v, MidpointRounding.AwayFromZero)));
        t.Add("ceil", 1, a => Rounded(Args.Num(a, 0), Math.Ceiling));
        t.Add("floor", 1, a => Rounded(Args.Num(a, 0), Math.Floor));
    }

    private static Value Rounded(NumberValue x, Func<double, double> f)
        => x.IsInteger ? x : NumberValue.Of(new BigInteger(f(x.AsDouble)));

    private static Value Binary(Value[] a, Func<BigInteger, BigInteger, BigInteger> ints, Func<decimal, decimal, decimal> decs)
    {
        var x = Args.Num(a, 0);
        var y = Args.Num(a, 1);
        if (x.IsInteger && y.IsInteger) return NumberValue.Of(ints(x.Integer, y.Integer));
        return Decimal(x, y, decs) ?? NumberValue.Of(DoubleOp(x.AsDouble, y.AsDouble, decs));
    }

    private static double DoubleOp(double x, double y, Func<decimal, decimal, decimal> op)
    {
        var probe = op(6m, 3m);
        return probe switch { 9m => x + y, 3m => x - y, 18m => x * y, _ => x / y };
    }

    // Decimal arithmetic keeps results such as 0.1 + 0.2 == 0.3 exact, as OPA's big-float arithmetic does.
    private static NumberValue? Decimal(NumberValue x, NumberValue y, Func<decimal, decimal, decimal> op)
    {
        try
        {
            var dx = x.IsInteger ? (decimal)x.Integer : (decimal)x.AsDouble;
            var dy = y.IsInteger ? (decimal)y.Integer : (decimal)y.AsDouble;
            var r = op(dx, dy);
            if (r == decimal.Truncate(r)) return NumberValue.Of(new BigInteger(r));
            return NumberValue.Parse(r.ToString(System.Globalization.CultureInfo.InvariantCulture).TrimEnd('0'));
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
