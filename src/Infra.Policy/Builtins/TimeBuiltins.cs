using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;
using Infra.Policy.Values;

namespace Infra.Policy.Builtins;

/// <summary>Time builtins: <c>time.now_ns</c>, RFC 3339 parsing, Go durations, dates and clocks (UTC and IANA zones).</summary>
internal static partial class TimeBuiltins
{
    private static readonly DateTimeOffset Epoch = DateTimeOffset.UnixEpoch;

    public static void Register(BuiltinTable t)
    {
        t.Add(new BuiltinDef("time.now_ns", 0, (ctx, _) => NumberValue.Of(ToNs(ctx.Now))) { NonDeterministic = true });
        t.Add("time.parse_rfc3339_ns", 1, a =>
        {
            var s = Args.Str(a, 0);
            if (!DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d))
                throw BuiltinException.Error($"parsing time \"{s}\" as \"2006-01-02T15:04:05Z07:00\": cannot parse");
            return NumberValue.Of(ToNs(d) + FractionNs(s));
        });
        t.Add("time.parse_duration_ns", 1, a => NumberValue.Of(ParseGoDuration(Args.Str(a, 0))));
        t.Add("time.date", 1, a =>
        {
            var d = FromArg(a);
            return new ArrayValue([NumberValue.Of(d.Year), NumberValue.Of(d.Month), NumberValue.Of(d.Day)]);
        });
        t.Add("time.clock", 1, a =>
        {
            var d = FromArg(a);
            return new ArrayValue([NumberValue.Of(d.Hour), NumberValue.Of(d.Minute), NumberValue.Of(d.Second)]);
        });
        t.Add("time.weekday", 1, a => new StringValue(FromArg(a).DayOfWeek.ToString()));
        t.Add("time.format", 1, a =>
        {
            var (ns, tz, layout) = a[0] switch
            {
                NumberValue n => (n.Integer, "UTC", "RFC3339Nano"),
                ArrayValue { Count: 2 } arr => (Args.BigInt(arr.Items.ToArray(), 0), ((StringValue)arr.Items[1]).Value, "RFC3339Nano"),
                ArrayValue { Count: 3 } arr3 => (Args.BigInt(arr3.Items.ToArray(), 0), ((StringValue)arr3.Items[1]).Value, ((StringValue)arr3.Items[2]).Value),
                _ => throw Args.OneOf(0, a[0], "number", "array"),
            };
            var t = InZone(FromNs(ns), tz);
            return new StringValue(GoTime.Format(t, layout, (long)(((ns % 1_000_000_000) + 1_000_000_000) % 1_000_000_000)));
        });
        t.Add("time.parse_ns", 2, a => NumberValue.Of(GoTime.Parse(Args.Str(a, 0), Args.Str(a, 1))));
        t.Add("time.diff", 2, a =>
        {
            var x = FromArg([a[0]]);
            var y = FromArg([a[1]]);
            if (x > y) (x, y) = (y, x);
            var years = y.Year - x.Year;
            var months = y.Month - x.Month;
            var days = y.Day - x.Day;
            var secs = (int)(y.TimeOfDay - x.TimeOfDay).TotalSeconds;
            var hours = secs / 3600;
            var minutes = secs % 3600 / 60;
            var seconds = secs % 60;
            if (seconds < 0) { seconds += 60; minutes--; }
            if (minutes < 0) { minutes += 60; hours--; }
            if (hours < 0) { hours += 24; days--; }
            if (days < 0) { days += DateTime.DaysInMonth(x.Year, x.Month); months--; }
            if (months < 0) { months += 12; years--; }
            return new ArrayValue([NumberValue.Of(years), NumberValue.Of(months), NumberValue.Of(days), NumberValue.Of(hours), NumberValue.Of(minutes), NumberValue.Of(seconds)]);
        });
        t.Add("time.add_date", 4, a =>
        {
            var ns = Args.BigInt(a, 0);
            var d = FromNs(ns).AddYears(Args.Int(a, 1)).AddMonths(Args.Int(a, 2)).AddDays(Args.Int(a, 3));
            return NumberValue.Of(ToNs(d) + (long)(ns % 100));
        });
    }

    private static DateTimeOffset FromArg(Value[] a)
    {
        if (a[0] is ArrayValue arr && arr.Count == 2 && arr.Items[0] is NumberValue n && arr.Items[1] is StringValue tz)
            return InZone(FromNs(n.Integer), tz.Value);
        return FromNs(Args.BigInt(a, 0));
    }

    /// <summary>Converts to an IANA time zone ("" and "UTC" mean UTC).</summary>
    private static DateTimeOffset InZone(DateTimeOffset d, string tz)
    {
        if (tz is "" or "UTC") return d;
        if (tz == "Local") return d.ToLocalTime();
        try
        {
            return TimeZoneInfo.ConvertTime(d, TimeZoneInfo.FindSystemTimeZoneById(tz));
        }
        catch (TimeZoneNotFoundException)
        {
            throw BuiltinException.Error($"unknown time zone {tz}");
        }
    }

    public static BigInteger ToNs(DateTimeOffset d) => new BigInteger((d - Epoch).Ticks) * 100;

    public static DateTimeOffset FromNs(BigInteger ns) => Epoch.AddTicks((long)(ns / 100));

    private static long FractionNs(string s)
    {
        var m = FractionPattern().Match(s);
        if (!m.Success) return 0;
        var digits = m.Groups[1].Value.PadRight(9, '0')[..9];
        var ns = long.Parse(digits, CultureInfo.InvariantCulture);
        return ns % 100;
    }

    [GeneratedRegex(@"T\d\d:\d\d:\d\d\.(\d+)")]
    private static partial Regex FractionPattern();

    [GeneratedRegex(@"(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)")]
    private static partial Regex DurationPart();

    /// <summary>Parses a Go duration (<c>1h30m</c>, <c>10ms</c>, <c>-1.5s</c>) into nanoseconds.</summary>
    public static long ParseGoDuration(string s)
    {
        var text = s;
        var neg = false;
        if (text.StartsWith('-') || text.StartsWith('+'))
        {
            neg = text[0] == '-';
            text = text[1..];
        }
        if (text == "0") return 0;
        if (text.Length == 0) throw BuiltinException.Error($"time: invalid duration \"{s}\"");
        var pos = 0;
        decimal total = 0;
        foreach (Match m in DurationPart().Matches(text))
        {
            if (m.Index != pos) throw BuiltinException.Error($"time: invalid duration \"{s}\"");
            pos += m.Length;
            var n = decimal.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            total += n * m.Groups[2].Value switch
            {
                "ns" => 1m, "us" or "µs" or "μs" => 1_000m, "ms" => 1_000_000m, "s" => 1_000_000_000m,
                "m" => 60_000_000_000m, _ => 3_600_000_000_000m,
            };
        }
        if (pos != text.Length) throw BuiltinException.Error(pos == 0 && text.All(char.IsAsciiDigit) ? $"time: missing unit in duration \"{s}\"" : $"time: invalid duration \"{s}\"");
        var r = (long)decimal.Truncate(total);
        return neg ? -r : r;
    }
}
