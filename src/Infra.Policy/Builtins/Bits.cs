using System.Numerics;
using Infra.Policy.Values;

namespace Infra.Policy.Builtins;

/// <summary>Bitwise builtins on exact integers.</summary>
internal static class Bits
{
    public static void Register(BuiltinTable t)
    {
        t.Add("bits.and", 2, a => NumberValue.Of(Args.BigInt(a, 0) & Args.BigInt(a, 1)));
        t.Add("bits.or", 2, a => NumberValue.Of(Args.BigInt(a, 0) | Args.BigInt(a, 1)));
        t.Add("bits.xor", 2, a => NumberValue.Of(Args.BigInt(a, 0) ^ Args.BigInt(a, 1)));
        t.Add("bits.negate", 1, a => NumberValue.Of(~Args.BigInt(a, 0)));
        t.Add("bits.lsh", 2, a => NumberValue.Of(Args.BigInt(a, 0) << Shift(a)));
        t.Add("bits.rsh", 2, a => NumberValue.Of(Args.BigInt(a, 0) >> Shift(a)));
    }

    private static int Shift(Value[] a)
    {
        var s = Args.BigInt(a, 1);
        if (s.Sign < 0) throw BuiltinException.Type("operand 2 must be an unsigned integer number but got a negative integer");
        return s > 1_000_000 ? throw BuiltinException.Error("shift too large") : (int)s;
    }
}
