using System.Globalization;
using System.Text;

namespace Infra.Compositions.Values;

/// <summary>Go's <c>strconv.Quote</c> (the <c>%q</c> verb for strings).</summary>
internal static class GoQuote
{
    public static string Quote(string s)
    {
        var sb = new StringBuilder("\"");
        foreach (var rune in s.EnumerateRunes())
        {
            switch (rune.Value)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\a': sb.Append("\\a"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\v': sb.Append("\\v"); break;
                default:
                    if (rune.Value < 0x20 || rune.Value == 0x7f)
                        sb.Append("\\x").Append(rune.Value.ToString("x2", CultureInfo.InvariantCulture));
                    else if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.OtherNotAssigned)
                        sb.Append(rune.Value > 0xFFFF ? "\\U" + rune.Value.ToString("x8", CultureInfo.InvariantCulture) : "\\u" + rune.Value.ToString("x4", CultureInfo.InvariantCulture));
                    else
                        sb.Append(rune.ToString());
                    break;
            }
        }
        return sb.Append('"').ToString();
    }
}
