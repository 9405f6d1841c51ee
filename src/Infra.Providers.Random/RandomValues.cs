using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;
using Infra.Properties;
using Infra.Providers;

namespace Infra.Random;

/// <summary>Validation and generation for the random resources.</summary>
internal static class RandomValues
{
    private const string Upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Lower = "abcdefghijklmnopqrstuvwxyz";
    private const string Digits = "0123456789";
    private const string DefaultSpecial = "!@#$%&*()-_=+[]{}<>:?";

    public static IReadOnlyList<CheckFailure> Validate(string kind, PropertyMap inputs)
    {
        var failures = new List<CheckFailure>();
        switch (kind)
        {
            case "RandomString" or "RandomPassword":
                var length = Number(inputs, "length");
                if (length is null or < 1 or > 4096)
                {
                    failures.Add(new CheckFailure("length", "must be a whole number from 1 to 4096"));
                }
                else if (MinimumsTotal(inputs) > length)
                {
                    failures.Add(new CheckFailure("length", $"is {length}, less than the sum of minUpper, minLower, minNumeric and minSpecial ({MinimumsTotal(inputs)})"));
                }
                if (!Flag(inputs, "upper", true) && !Flag(inputs, "lower", true) && !Flag(inputs, "numeric", true) && !Flag(inputs, "special", kind == "RandomPassword"))
                {
                    failures.Add(new CheckFailure("upper", "at least one of upper, lower, numeric and special must be true"));
                }
                break;
            case "RandomId":
                if (Number(inputs, "byteLength") is null or < 1 or > 1024)
                {
                    failures.Add(new CheckFailure("byteLength", "must be a whole number from 1 to 1024"));
                }
                break;
            case "RandomInteger":
                var min = Number(inputs, "min");
                var max = Number(inputs, "max");
                if (min is null || max is null)
                {
                    failures.Add(new CheckFailure(min is null ? "min" : "max", "is required"));
                }
                else if (min > max)
                {
                    failures.Add(new CheckFailure("max", $"must be at least min ({min}), got {max}"));
                }
                break;
            default:
                failures.Add(new CheckFailure("type", $"unknown random resource '{kind}'"));
                break;
        }
        return failures;
    }

    public static IEnumerable<KeyValuePair<string, PropertyValue>> Generate(string kind, PropertyMap inputs)
    {
        switch (kind)
        {
            case "RandomString" or "RandomPassword":
                var text = Characters(inputs, kind == "RandomPassword");
                var value = PropertyValue.Create(text);
                yield return new("result", kind == "RandomPassword" ? PropertyValue.MakeSecret(value) : value);
                break;
            case "RandomId":
                var bytes = RandomNumberGenerator.GetBytes((int)Number(inputs, "byteLength")!);
                var prefix = inputs.Get("prefix")?.Kind == PropertyValueKind.String ? inputs["prefix"].StringValue : "";
                yield return new("hex", PropertyValue.Create(prefix + Convert.ToHexStringLower(bytes)));
                yield return new("b64Std", PropertyValue.Create(prefix + Convert.ToBase64String(bytes)));
                yield return new("b64Url", PropertyValue.Create(prefix + Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_')));
                yield return new("dec", PropertyValue.Create(prefix + new BigInteger(bytes, isUnsigned: true, isBigEndian: true).ToString(CultureInfo.InvariantCulture)));
                break;
            case "RandomInteger":
                var min = (long)Number(inputs, "min")!;
                var max = (long)Number(inputs, "max")!;
                yield return new("result", PropertyValue.Create(RandomNumberGenerator.GetInt32(0, (int)Math.Min(int.MaxValue, max - min + 1)) + min));
                break;
        }
    }

    private static string Characters(PropertyMap inputs, bool password)
    {
        var length = (int)Number(inputs, "length")!;
        var special = inputs.Get("overrideSpecial")?.Kind == PropertyValueKind.String ? inputs["overrideSpecial"].StringValue : DefaultSpecial;
        var classes = new List<(string Chars, int Minimum)>();
        if (Flag(inputs, "upper", true))
        {
            classes.Add((Upper, (int)(Number(inputs, "minUpper") ?? 0)));
        }
        if (Flag(inputs, "lower", true))
        {
            classes.Add((Lower, (int)(Number(inputs, "minLower") ?? 0)));
        }
        if (Flag(inputs, "numeric", true))
        {
            classes.Add((Digits, (int)(Number(inputs, "minNumeric") ?? 0)));
        }
        if (Flag(inputs, "special", password) && special.Length > 0)
        {
            classes.Add((special, (int)(Number(inputs, "minSpecial") ?? 0)));
        }
        var all = string.Concat(classes.Select(c => c.Chars));
        var chars = new List<char>();
        foreach (var (set, minimum) in classes)
        {
            for (var i = 0; i < minimum; i++)
            {
                chars.Add(set[RandomNumberGenerator.GetInt32(set.Length)]);
            }
        }
        while (chars.Count < length)
        {
            chars.Add(all[RandomNumberGenerator.GetInt32(all.Length)]);
        }
        var array = chars.ToArray();
        RandomNumberGenerator.Shuffle(array.AsSpan());
        return new string(array);
    }

    private static double? Number(PropertyMap inputs, string key) =>
        inputs.Get(key)?.Kind == PropertyValueKind.Number && inputs[key].NumberValue == Math.Floor(inputs[key].NumberValue) ? inputs[key].NumberValue : null;

    private static bool Flag(PropertyMap inputs, string key, bool fallback) =>
        inputs.Get(key)?.Kind == PropertyValueKind.Bool ? inputs[key].BoolValue : fallback;

    private static double MinimumsTotal(PropertyMap inputs) =>
        new[] { "minUpper", "minLower", "minNumeric", "minSpecial" }.Sum(k => Number(inputs, k) ?? 0);
}
