using System.Numerics;
using Infra.Policy.Values;

namespace Infra.Policy.Builtins;

/// <summary>Operand checks that raise OPA's <c>operand N must be T but got U</c> type errors.</summary>
internal static class Args
{
    public static BuiltinException TypeError(int i, string expected, Value got)
        => BuiltinException.Type($"operand {i + 1} must be {expected} but got {got.TypeName}");

    public static string Str(Value[] a, int i) => a[i] is StringValue s ? s.Value : throw TypeError(i, "string", a[i]);

    public static NumberValue Num(Value[] a, int i) => a[i] as NumberValue ?? throw TypeError(i, "number", a[i]);

    public static ArrayValue Arr(Value[] a, int i) => a[i] as ArrayValue ?? throw TypeError(i, "array", a[i]);

    public static ObjectValue Obj(Value[] a, int i) => a[i] as ObjectValue ?? throw TypeError(i, "object", a[i]);

    public static SetValue Set(Value[] a, int i) => a[i] as SetValue ?? throw TypeError(i, "set", a[i]);

    public static bool Bool(Value[] a, int i) => a[i] is BoolValue b ? b.Value : throw TypeError(i, "boolean", a[i]);

    public static BigInteger BigInt(Value[] a, int i)
    {
        var n = Num(a, i);
        if (!n.TryGetBigInteger(out var v)) throw BuiltinException.Type($"operand {i + 1} must be integer number but got floating-point number");
        return v;
    }

    public static int Int(Value[] a, int i)
    {
        var v = BigInt(a, i);
        if (v > int.MaxValue || v < int.MinValue) throw BuiltinException.Error($"operand {i + 1} out of range");
        return (int)v;
    }

    /// <summary>Elements of an array or set operand.</summary>
    public static IReadOnlyList<Value> Collection(Value[] a, int i) => a[i] switch
    {
        ArrayValue arr => arr.Items,
        SetValue s => s.Items,
        _ => throw OneOf(i, a[i], "array", "set"),
    };

    public static BuiltinException OneOf(int i, Value got, params string[] types)
        => BuiltinException.Type($"operand {i + 1} must be one of {{{string.Join(", ", types)}}} but got {got.TypeName}");

    public static Value Of(string s) => new StringValue(s);

    public static Value Of(bool b) => BoolValue.Of(b);

    public static Value Of(long n) => NumberValue.Of(n);

    public static Value Of(BigInteger n) => NumberValue.Of(n);

    public static ArrayValue Strings(IEnumerable<string> items) => new(items.Select(s => (Value)new StringValue(s)).ToArray());
}
