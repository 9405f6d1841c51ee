using System.Globalization;
using System.Text;

namespace Infra.Policy.Builtins;

/// <summary>Go reference-time layouts (<c>2006-01-02T15:04:05Z07:00</c>) for formatting and parsing.</summary>
internal static class GoTime
{
    private static readonly string[] Tokens =
    [
        "January", "Monday", "2006", "Jan", "Mon", "MST", "Z07:00", "Z0700", "Z07", "-07:00", "-0700", "-07",
        ".000000000", ".000000", ".000", ".999999999", ".999999", ".999", "01", "02", "03", "04", "05", "06", "15", "PM", "pm", "_2", "1", "2", "3", "4", "5",
    ];

    public static string Named(string layout) => layout switch
    {
        "ANSIC" => "Mon Jan _2 15:04:05 2006",
        "UnixDate" => "Mon Jan _2 15:04:05 MST 2006",
        "RubyDate" => "Mon Jan 02 15:04:05 -0700 2006",
        "RFC822" => "02 Jan 06 15:04 MST",
        "RFC822Z" => "02 Jan 06 15:04 -0700",
        "RFC850" => "Monday, 02-Jan-06 15:04:05 MST",
        "RFC1123" => "Mon, 02 Jan 2006 15:04:05 MST",
        "RFC1123Z" => "Mon, 02 Jan 2006 15:04:05 -0700",
        "RFC3339" => "2006-01-02T15:04:05Z07:00",
        "RFC3339Nano" => "2006-01-02T15:04:05.999999999Z07:00",
        "Kitchen" => "3:04PM",
        "Stamp" => "Jan _2 15:04:05",
        "DateTime" => "2006-01-02 15:04:05",
        "DateOnly" => "2006-01-02",
        "TimeOnly" => "15:04:05",
        _ => layout,
    };

    private static List<(bool Token, string Text)> Split(string layout)
    {
        var parts = new List<(bool, string)>();
        var lit = new StringBuilder();
        for (var i = 0; i < layout.Length;)
        {
            var tok = Tokens.FirstOrDefault(t => string.CompareOrdinal(layout, i, t, 0, t.Length) == 0);
            if (tok is null)
            {
                lit.Append(layout[i++]);
                continue;
            }
            if (lit.Length > 0) { parts.Add((false, lit.ToString())); lit.Clear(); }
            parts.Add((true, tok));
            i += tok.Length;
        }
        if (lit.Length > 0) parts.Add((false, lit.ToString()));
        return parts;
    }

    public static string Format(DateTimeOffset t, string layout, long nanos)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        foreach (var (token, text) in Split(Named(layout)))
        {
            if (!token) { sb.Append(text); continue; }
            var off = t.Offset;
            string Zone(bool colon, bool z, bool hoursOnly)
            {
                if (z && off == TimeSpan.Zero) return "Z";
                var sign = off < TimeSpan.Zero ? "-" : "+";
                var a = off.Duration();
                return hoursOnly ? $"{sign}{a.Hours:00}" : colon ? $"{sign}{a.Hours:00}:{a.Minutes:00}" : $"{sign}{a.Hours:00}{a.Minutes:00}";
            }
            sb.Append(text switch
            {
                "January" => t.ToString("MMMM", inv),
                "Jan" => t.ToString("MMM", inv),
                "Monday" => t.ToString("dddd", inv),
                "Mon" => t.ToString("ddd", inv),
                "2006" => t.Year.ToString("0000", inv),
                "06" => (t.Year % 100).ToString("00", inv),
                "01" => t.Month.ToString("00", inv),
                "1" => t.Month.ToString(inv),
                "02" => t.Day.ToString("00", inv),
                "2" => t.Day.ToString(inv),
                "_2" => t.Day.ToString(inv).PadLeft(2),
                "15" => t.Hour.ToString("00", inv),
                "03" => ((t.Hour + 11) % 12 + 1).ToString("00", inv),
                "3" => ((t.Hour + 11) % 12 + 1).ToString(inv),
                "04" => t.Minute.ToString("00", inv),
                "4" => t.Minute.ToString(inv),
                "05" => t.Second.ToString("00", inv),
                "5" => t.Second.ToString(inv),
                "PM" => t.Hour >= 12 ? "PM" : "AM",
                "pm" => t.Hour >= 12 ? "pm" : "am",
                "MST" => off == TimeSpan.Zero ? "UTC" : Zone(false, false, false),
                "Z07:00" => Zone(true, true, false),
                "Z0700" => Zone(false, true, false),
                "Z07" => Zone(false, true, true),
                "-07:00" => Zone(true, false, false),
                "-0700" => Zone(false, false, false),
                "-07" => Zone(false, false, true),
                ".000000000" or ".000000" or ".000" => "." + nanos.ToString("000000000", inv)[..(text.Length - 1)],
                _ => Fraction(nanos, text.Length - 1),
            });
        }
        return sb.ToString();
    }

    private static string Fraction(long nanos, int digits)
    {
        var s = nanos.ToString("000000000", CultureInfo.InvariantCulture)[..digits].TrimEnd('0');
        return s.Length == 0 ? "" : "." + s;
    }

    /// <summary>Parses <paramref name="value"/> with a Go layout; returns UTC nanoseconds since the epoch.</summary>
    public static System.Numerics.BigInteger Parse(string layout, string value)
    {
        var parts = Split(Named(layout));
        int year = 1, month = 1, day = 1, hour = 0, minute = 0, second = 0;
        long nanos = 0;
        var pm = (bool?)null;
        var offset = TimeSpan.Zero;
        var pos = 0;
        BuiltinException Bad() => BuiltinException.Error($"parsing time {GoSprintf.Quote(value)} as {GoSprintf.Quote(layout)}: cannot parse {GoSprintf.Quote(value[Math.Min(pos, value.Length)..])}");
        int Digits(int min, int max)
        {
            var start = pos;
            while (pos < value.Length && pos - start < max && char.IsAsciiDigit(value[pos])) pos++;
            if (pos - start < min) throw Bad();
            return int.Parse(value.AsSpan(start, pos - start), CultureInfo.InvariantCulture);
        }
        string Word(string[] options)
        {
            var w = options.FirstOrDefault(o => string.Compare(value, pos, o, 0, o.Length, StringComparison.OrdinalIgnoreCase) == 0) ?? throw Bad();
            pos += w.Length;
            return w;
        }
        var months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames.Take(12).ToArray();
        var days = CultureInfo.InvariantCulture.DateTimeFormat.DayNames;
        foreach (var (token, text) in parts)
        {
            if (!token)
            {
                if (string.CompareOrdinal(value, pos, text, 0, text.Length) != 0) throw Bad();
                pos += text.Length;
                continue;
            }
            switch (text)
            {
                case "2006": year = Digits(4, 4); break;
                case "06": year = 2000 + Digits(2, 2); if (year >= 2069) year -= 100; break;
                case "01": month = Digits(2, 2); break;
                case "1": month = Digits(1, 2); break;
                case "January": month = Array.IndexOf(months, Word(months)) + 1; break;
                case "Jan": month = Array.IndexOf(months.Select(m => m[..3]).ToArray(), Word(months.Select(m => m[..3]).ToArray())) + 1; break;
                case "Monday": Word(days); break;
                case "Mon": Word(days.Select(d => d[..3]).ToArray()); break;
                case "02": day = Digits(2, 2); break;
                case "2": day = Digits(1, 2); break;
                case "_2": if (pos < value.Length && value[pos] == ' ') pos++; day = Digits(1, 2); break;
                case "15": hour = Digits(1, 2); break;
                case "03": case "3": hour = Digits(1, 2); break;
                case "04": case "4": minute = Digits(1, 2); break;
                case "05": case "5":
                    second = Digits(1, 2);
                    if (pos < value.Length && value[pos] == '.' && !parts.Any(p => p.Text.StartsWith('.')))
                    {
                        pos++;
                        var start = pos;
                        while (pos < value.Length && char.IsAsciiDigit(value[pos])) pos++;
                        nanos = long.Parse(value[start..pos].PadRight(9, '0')[..9], CultureInfo.InvariantCulture);
                    }
                    break;
                case "PM": case "pm": pm = Word(["PM", "AM"]).Equals("PM", StringComparison.OrdinalIgnoreCase); break;
                case "MST": Word(["UTC", "GMT"]); break;
                default:
                    if (text.StartsWith('.'))
                    {
                        if (pos < value.Length && value[pos] == '.')
                        {
                            pos++;
                            var start = pos;
                            while (pos < value.Length && char.IsAsciiDigit(value[pos])) pos++;
                            nanos = long.Parse(value[start..pos].PadRight(9, '0')[..9], CultureInfo.InvariantCulture);
                        }
                        else if (text[1] == '0') throw Bad();
                        break;
                    }
                    if (text.StartsWith('Z') && pos < value.Length && value[pos] == 'Z')
                    {
                        pos++;
                        break;
                    }
                    if (pos >= value.Length || value[pos] is not ('+' or '-')) throw Bad();
                    var sign = value[pos++] == '-' ? -1 : 1;
                    var h = Digits(2, 2);
                    var mi = 0;
                    if (text.Contains(':')) { if (value[pos] != ':') throw Bad(); pos++; mi = Digits(2, 2); }
                    else if (text.EndsWith("00", StringComparison.Ordinal)) mi = Digits(2, 2);
                    offset = TimeSpan.FromMinutes(sign * (h * 60 + mi));
                    break;
            }
        }
        if (pos != value.Length) throw BuiltinException.Error($"parsing time {GoSprintf.Quote(value)}: extra text: {GoSprintf.Quote(value[pos..])}");
        if (pm is true && hour < 12) hour += 12;
        if (pm is false && hour == 12) hour = 0;
        try
        {
            var dt = new DateTimeOffset(year, month, day, hour, minute, second, offset);
            return TimeBuiltins.ToNs(dt) + nanos;
        }
        catch (ArgumentOutOfRangeException)
        {
            throw BuiltinException.Error($"parsing time {GoSprintf.Quote(value)}: day out of range");
        }
    }
}
