using System.Globalization;
using System.Numerics;

namespace Infra.Policy.Values;

/// <summary>A Rego number: an exact big integer or a binary floating-point value.</summary>
public sealed class NumberValue : Value
{
    private readonly BigInteger _int;
    private readonly double _float;

    private NumberValue(BigInteger value)
    {
        _int = value;
        IsInteger = true;
    }

    private string? _text;

    private NumberValue(double value)
    {
        _float = value;
        IsInteger = false;
    }

    /// <summary>True when the number is held as an exact integer.</summary>
    public bool IsInteger { get; }

    /// <summary>The integer value; only valid when <see cref="IsInteger"/>.</summary>
    public BigInteger Integer => _int;

    /// <summary>The value as a double (may lose precision for big integers).</summary>
    public double AsDouble => IsInteger ? (double)_int : _float;

    /// <summary>Creates an integer number.</summary>
    public static NumberValue Of(BigInteger value) => new(value);

    /// <summary>Creates an integer number.</summary>
    public static NumberValue Of(long value) => new(new BigInteger(value));

    /// <summary>Creates a floating-point number, normalising integral values to integers.</summary>
    public static NumberValue Of(double value)
    {
        if (double.IsFinite(value) && Math.Floor(value) == value && Math.Abs(value) < 1e18)
            return new NumberValue(new BigInteger(value));
        return new NumberValue(value);
    }

    /// <summary>Parses Rego/JSON number text; null when the text is not a number.</summary>
    public static NumberValue? Parse(string text)
    {
        if (text.Length == 0) return null;
        var isInt = true;
        foreach (var c in text)
        {
            if (c is '.' or 'e' or 'E') { isInt = false; break; }
        }
        if (isInt && BigInteger.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var bi))
            return new NumberValue(bi);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) || !double.IsFinite(d))
        {
            var big = ParseBigDecimalInteger(text);
            if (big is not null && IsJsonNumber(text)) big._text = text;
            return big;
        }
        var asInt = ParseBigDecimalInteger(text);
        var result = asInt ?? Of(d);
        if (result.IsInteger && IsJsonNumber(text)) result._text = text;
        return result;
    }

    /// <summary>True when <paramref name="text"/> is in JSON number syntax, so it can be printed as is.</summary>
    private static bool IsJsonNumber(string text)
    {
        var i = 0;
        if (i < text.Length && text[i] == '-') i++;
        if (i >= text.Length || !char.IsAsciiDigit(text[i])) return false;
        if (text[i] == '0' && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1])) return false;
        while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        if (i < text.Length && text[i] == '.')
        {
            i++;
            if (i >= text.Length || !char.IsAsciiDigit(text[i])) return false;
            while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        }
        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            if (i < text.Length && text[i] is '+' or '-') i++;
            if (i >= text.Length || !char.IsAsciiDigit(text[i])) return false;
            while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
        }
        return i == text.Length;
    }

    // Exponent or fraction forms that denote an integer exactly (1e3, 2.50e1, 1.0) stay exact.
    private static NumberValue? ParseBigDecimalInteger(string text)
    {
        var t = text;
        var exp = 0;
        var e = t.IndexOfAny(['e', 'E']);
        if (e >= 0)
        {
            if (!int.TryParse(t.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exp)) return null;
            t = t[..e];
        }
        var neg = t.StartsWith('-');
        if (neg || t.StartsWith('+')) t = t[1..];
        var dot = t.IndexOf('.');
        var digits = dot >= 0 ? t.Remove(dot, 1) : t;
        var scale = dot >= 0 ? t.Length - dot - 1 : 0;
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit)) return null;
        var effExp = exp - scale;
        if (effExp > 4000 || effExp < -4000) return null;
        var mant = BigInteger.Parse(digits, CultureInfo.InvariantCulture);
        if (effExp >= 0) mant *= BigInteger.Pow(10, effExp);
        else
        {
            var div = BigInteger.Pow(10, -effExp);
            if (!(mant % div).IsZero) return null;
            mant /= div;
        }
        return new NumberValue(neg ? -mant : mant);
    }

    internal override int KindRank => 2;

    /// <inheritdoc />
    public override string TypeName => "number";

    internal override int CompareSameKind(Value other)
    {
        var o = (NumberValue)other;
        if (IsInteger && o.IsInteger) return _int.CompareTo(o._int);
        if (!IsInteger && !o.IsInteger) return _float.CompareTo(o._float);
        if (IsInteger) return -o.CompareWithInteger(_int);
        return CompareWithInteger(o._int);
    }

    private int CompareWithInteger(BigInteger i)
    {
        if (double.IsNaN(_float)) return -1;
        if (double.IsPositiveInfinity(_float)) return 1;
        if (double.IsNegativeInfinity(_float)) return -1;
        var floor = new BigInteger(Math.Floor(_float));
        var c = floor.CompareTo(i);
        if (c != 0) return c;
        return Math.Floor(_float) == _float ? 0 : 1;
    }

    /// <summary>Returns the value as a 64-bit integer when it is integral and fits.</summary>
    public bool TryGetInt64(out long value)
    {
        value = 0;
        if (IsInteger)
        {
            if (_int < long.MinValue || _int > long.MaxValue) return false;
            value = (long)_int;
            return true;
        }
        if (Math.Floor(_float) != _float || Math.Abs(_float) > 9e18) return false;
        value = (long)_float;
        return true;
    }

    /// <summary>Returns the value as an exact integer when it is integral.</summary>
    public bool TryGetBigInteger(out BigInteger value)
    {
        value = _int;
        if (IsInteger) return true;
        if (!double.IsFinite(_float) || Math.Floor(_float) != _float) return false;
        value = new BigInteger(_float);
        return true;
    }

    /// <inheritdoc />
    public override int GetHashCode()
    {
        if (IsInteger) return _int.GetHashCode();
        if (double.IsFinite(_float) && Math.Floor(_float) == _float) return new BigInteger(_float).GetHashCode();
        return _float.GetHashCode();
    }

    /// <summary>JSON text of the number, printed the way Go prints float64 where inexact.</summary>
    public string ToJsonText() => _text ?? (IsInteger ? _int.ToString(CultureInfo.InvariantCulture) : GoFloat.Format(_float));
}
