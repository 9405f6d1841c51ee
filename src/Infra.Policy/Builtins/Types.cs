using System.Globalization;
using Infra.Policy.Values;

namespace Infra.Policy.Builtins;

/// <summary>Type tests (<c>is_string</c>, …, <c>type_name</c>) and casts (<c>to_number</c>).</summary>
internal static class Types
{
    public static void Register(BuiltinTable t)
    {
        t.Add("is_number", 1, a => BoolValue.Of(a[0] is NumberValue));
        t.Add("is_string", 1, a => BoolValue.Of(a[0] is StringValue));
        t.Add("is_boolean", 1, a => BoolValue.Of(a[0] is BoolValue));
        t.Add("is_array", 1, a => BoolValue.Of(a[0] is ArrayValue));
        t.Add("is_set", 1, a => BoolValue.Of(a[0] is SetValue));
        t.Add("is_object", 1, a => BoolValue.Of(a[0] is ObjectValue));
        t.Add("is_null", 1, a => BoolValue.Of(a[0] is NullValue));
        t.Add("type_name", 1, a => new StringValue(a[0].TypeName));
        t.Add("to_number", 1, a => a[0] switch
        {
            NullValue => NumberValue.Of(0),
            BoolValue b => NumberValue.Of(b.Value ? 1 : 0),
            NumberValue n => n,
            StringValue s => ParseNumber(s.Value),
            _ => throw Args.OneOf(0, a[0], "null", "boolean", "number", "string"),
        });
    }

    private static Value ParseNumber(string s)
    {
        var text = s.Trim();
        if (text.Length > 0 && (text[0] == '+')) text = text[1..];
        var bare = text.TrimStart('-').ToLowerInvariant();
        if (bare is "inf" or "infinity" or "nan")
            throw BuiltinException.Type($"operand 1 must be a finite number string but got {GoSprintf.Quote(s)}");
        var n = text.Length > 0 && (char.IsAsciiDigit(text[0]) || text[0] is '-' or '.') ? NumberValue.Parse(text) : null;
        if (n is null)
        {
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d)) return NumberValue.Of(d);
            throw BuiltinException.Error($"strconv.ParseFloat: parsing {GoSprintf.Quote(s)}: invalid syntax");
        }
        return n;
    }
}
