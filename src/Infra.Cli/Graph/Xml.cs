using System.Text;

namespace Infra.Cli.Graph;

/// <summary>Escaping for text and attribute values in SVG and HTML.</summary>
internal static class Xml
{
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': escaped.Append("&amp;"); break;
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '"': escaped.Append("&quot;"); break;
                case '\'': escaped.Append("&#39;"); break;
                default:
                    // Control characters are not allowed in XML 1.0; show them as U+FFFD.
                    escaped.Append(c < 0x20 && c is not '\n' and not '\t' ? '\uFFFD' : c);
                    break;
            }
        }
        return escaped.ToString();
    }
}
